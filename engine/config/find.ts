// Where the configuration file of a folder is: no parsing, so the VS Code client can look too.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { CONFIG_FILE_NAMES } from './names.ts';

export { CONFIG_FILE_NAMES } from './names.ts';

/** Finds the configuration file for `startDir`: the nearest `.govlint.*` in it or above, stopping at a git root. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(join(dir, '.git'))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
