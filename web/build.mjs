// The browser builds: the engine (`dist/web/engine.js`), the offline page (`dist/web/index.html`,
// one file with its script and styles inline) and the VS Code web extension (`dist/web/extension.js`
// and its language server, `dist/web/server.js`, run in a Web Worker).
//
// `platform: 'browser'` makes esbuild refuse any import of a Node builtin (`node:fs`, `path`,
// `worker_threads`, …) with "Could not resolve": a builtin on the engine's path fails the build.
// Where the engine does touch the platform, a module `x.browser.ts` beside `x.ts` replaces it in
// these builds (`browserSeams`), e.g. `engine/data/files.browser.ts` bundles `data/`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Swaps a module for its `.browser.ts` sibling when there is one. */
export const browserSeams = {
  name: 'govlint-browser-seams',
  setup(build) {
    build.onResolve({ filter: /^\.{1,2}\/.*\.ts$/ }, (args) => {
      const browser = resolve(args.resolveDir, args.path.replace(/\.ts$/, '.browser.ts'));
      return existsSync(browser) && !args.importer.endsWith('.browser.ts') ? { path: browser } : undefined;
    });
  },
};

/**
 * zod's namespace of every locale's error messages (about 250 KB minified) reduced to English:
 * govlint's configuration errors are English, and zod registers English itself.
 */
export const englishZodOnly = {
  name: 'govlint-zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: resolve(args.resolveDir, args.path), namespace: 'zod-english-only' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** What every browser bundle shares. */
export function browserOptions(version) {
  return {
    bundle: true,
    platform: 'browser',
    // Packages' worker builds where they have one: they need no `document` (the language server
    // runs in a Web Worker, and the engine may), e.g. the Markdown parser's entity decoder.
    conditions: ['worker'],
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __GOVLINT_VERSION__: JSON.stringify(version) },
    plugins: [browserSeams, englishZodOnly],
  };
}

/**
 * Text that may stand inside a `<script>` or `<style>` element: `</script`, `</style` and `<!--`
 * would end it or change how it is read, so their `<` is written `\x3C` (the same character in a
 * JavaScript string, template or regular expression; the page's CSS has none).
 */
export function inlineSafe(text) {
  return text.replace(/<(\/script|\/style|!--)/gi, '\\x3C$1');
}

function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Builds the page: the script bundled, then it and the styles inlined, each allowed by its hash and nothing else. */
async function buildPage(version, outdir) {
  const result = await esbuild.build({ ...browserOptions(version), entryPoints: [join(root, 'web/page/main.ts')], format: 'iife', write: false, sourcemap: false });
  const script = inlineSafe(result.outputFiles[0].text);
  const style = readFileSync(join(root, 'web/page/style.css'), 'utf8');
  const csp = ["default-src 'none'", `script-src ${sha256(script)}`, `style-src ${sha256(style)}`, 'img-src data: blob:', "connect-src 'none'", "form-action 'none'", "base-uri 'none'"].join('; ');
  const template = readFileSync(join(root, 'web/page/index.html'), 'utf8');
  const page = template
    .replace('{{csp}}', csp)
    .replaceAll('{{version}}', version)
    .replace('{{style}}', () => style)
    .replace('{{script}}', () => script);
  writeFileSync(join(outdir, 'index.html'), page);
}

/** All browser builds into `dist/web/`. */
export async function buildWeb(version) {
  const outdir = join(root, 'dist', 'web');
  mkdirSync(outdir, { recursive: true });
  const options = browserOptions(version);
  await Promise.all([
    esbuild.build({ ...options, entryPoints: { engine: join(root, 'web/engine.ts') }, outdir, format: 'esm', sourcemap: 'linked' }),
    // VS Code loads a web extension's `browser` entry as CommonJS in its extension host worker.
    esbuild.build({ ...options, entryPoints: { extension: join(root, 'client/browser-extension.ts') }, outdir, format: 'cjs', external: ['vscode'], sourcemap: 'linked' }),
    // The language server is started as a classic Web Worker script. Its feature modules import the
    // protocol from vscode-languageserver/node; the browser entry of the package exports the same.
    esbuild.build({
      ...options,
      entryPoints: { server: join(root, 'server/browser-main.ts') },
      outdir,
      format: 'iife',
      sourcemap: 'linked',
      alias: { 'vscode-languageserver/node': 'vscode-languageserver/browser' },
    }),
    buildPage(version, outdir),
  ]);
}
