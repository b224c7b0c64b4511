// Bundles the entry points: the CLI, the lint worker thread (used by the CLI and the server), the language server and the VS Code client.
// All are ES modules (package.json "type": "module"; VS Code loads ESM extensions since 1.100).
// Dependencies written as CommonJS call `require`, so each bundle gets a real `require`.
import { chmodSync, readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

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
  { ...common, entryPoints: { cli: 'cli/bin.ts' }, outdir: 'dist', banner: { js: `#!/usr/bin/env node\n${requireShim}` } },
  { ...common, entryPoints: { 'lint-worker': 'cli/lint-worker.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { server: 'server/main.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { extension: 'client/extension.ts' }, outdir: 'dist', external: ['vscode'] },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
