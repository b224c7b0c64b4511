import { formatJson } from './json.ts';
import { formatStylish } from './stylish.ts';
import type { Formatter } from './types.ts';

/** Output formats by `--format` name. */
export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};
