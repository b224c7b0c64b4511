import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, decodeConfigBytes, parseConfigContent } from './parse.ts';
import type { ConfigRules, ResolvedConfig } from './schema.ts';
export { CONFIG_FILE_NAMES, findConfigFile } from './find.ts';
export { ConfigError, decodeConfigBytes, MAX_CONFIG_DEPTH, parseConfigContent, type ConfigPlace } from './parse.ts';

/** Parses and validates configuration text (YAML or JSON) of the file at `file` (resolved against the working folder). Throws ConfigError. */
export function parseConfigText(text: string, file: string, rules: ConfigRules): ResolvedConfig {
  return parseConfigContent(text, file, rules, { root: dirname(resolve(file)), file: resolve(file) });
}

/** Loads a configuration file that may set `rules`' severities and options. Throws ConfigError with a one-line message. */
export function loadConfigFile(file: string, rules: ConfigRules): ResolvedConfig {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot read the configuration (${code ?? String(error)})`, file);
  }
  return parseConfigText(decodeConfigBytes(bytes, file), file, rules);
}
