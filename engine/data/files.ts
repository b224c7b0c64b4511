import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Domain data (lexicons, statutory limits, legal references) lives in `data/` as files that
// experts can correct, not in code. The same lookup works from the sources (engine/data/) and
// from the bundles (dist/), because both sit below the package root that holds `data/`.

let packageRoot: string | undefined;

/** The folder holding govlint's `package.json` and `data/`. */
export function findPackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'data')) && existsSync(join(dir, 'package.json'))) return (packageRoot = dir);
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error('govlint: cannot find its data folder next to package.json');
}

const cache = new Map<string, string>();

/** Reads a file under `data/` (e.g. `lexicons/da.yaml`), cached for the life of the process. */
export function readDataFile(relativePath: string): string {
  let text = cache.get(relativePath);
  if (text === undefined) {
    text = readFileSync(join(findPackageRoot(), 'data', relativePath), 'utf8');
    cache.set(relativePath, text);
  }
  return text;
}
