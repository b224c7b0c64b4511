// Bundles the entry points: the CLI, the lint worker thread (used by the CLI and the server), the language server and the VS Code client;
// then the browser builds (web/build.mjs): the engine, the offline page and the VS Code web extension, in dist/web/.
// All are ES modules (package.json "type": "module"; VS Code loads ESM extensions since 1.100).
// Dependencies written as CommonJS call `require`, so each bundle gets a real `require`.
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { buildWeb } from './web/build.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const requireShim = "import { createRequire as __govlintCreateRequire } from 'node:module'; const require = __govlintCreateRequire(import.meta.url);";

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __GOVLINT_VERSION__: JSON.stringify(pkg.version) },
  banner: { js: requireShim },
};

const builds = [
  // The CLI, the lint worker and the language server share the engine and its dependencies (zod and the stemmers alone
  // are 1.5 MB): one build, split, puts what they share in chunks beside them once instead of three times.
  { ...common, entryPoints: { cli: 'cli/bin.ts', 'lint-worker': 'engine/api/lint-worker.ts', server: 'server/main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunk-[hash]' },
  { ...common, entryPoints: { extension: 'client/extension.ts' }, outdir: 'dist', external: ['vscode'] },
];

/**
 * Escapes what is left of non-ASCII in a bundle: esbuild escapes it in strings and names, not in
 * the comments it keeps (a few `’` from dependencies). One such character makes V8 hold the
 * whole source, which every thread keeps for lazy compilation, as two bytes a character: 4.6 MB
 * instead of 2.3 MB per worker. `\uXXXX` means the same character anywhere it could still be.
 */
function escapeNonAscii(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  // (Chunks are named by their content: the ones an earlier build left would pile up.)
  if (existsSync('dist')) for (const file of readdirSync('dist').filter((name) => name.startsWith('chunk-'))) rmSync(`dist/${file}`);
  await Promise.all([...builds.map((options) => esbuild.build(options)), buildWeb(pkg.version)]);
  for (const file of readdirSync('dist')) if (/^(?:cli|lint-worker|server|extension|chunk-[\w-]+)\.js$/.test(file)) escapeNonAscii(`dist/${file}`);
  chmodSync('dist/cli.js', 0o755);
}
