// Chromium for the browser tests: headless, with every network request refused except those the
// test serves itself (the browser bundles under a made-up origin) and file: URLs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const root = join(import.meta.dirname, '..', '..');
export const dist = join(root, 'dist', 'web');
export const CHROMIUM = '/usr/bin/chromium';
/** Locally the browser tests may be skipped without Chromium; in CI (CI set) they always run. */
export const skipBrowser = !existsSync(CHROMIUM) && !process.env.CI;
/** The origin the tests serve dist/web/ from (nothing else answers). */
export const ORIGIN = 'http://govlint.test';

export async function launch(): Promise<Browser> {
  for (const bundle of ['engine.js', 'server.js', 'index.html']) {
    if (!existsSync(join(dist, bundle))) throw new Error(`dist/web/${bundle} is missing: run \`npm run build\` (npm test does)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/**
 * A context whose only network is `ORIGIN`, serving dist/web/ and the `extra` pages given; every
 * other request but file: ones is aborted and listed in `refused`.
 */
export async function isolatedContext(browser: Browser, extra: Record<string, string> = {}): Promise<{ context: BrowserContext; refused: string[] }> {
  const context = await browser.newContext();
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:') return route.continue();
    if (url.origin === ORIGIN) {
      const name = url.pathname.slice(1);
      const body = extra[name] ?? (/^[\w.-]+$/.test(name) && existsSync(join(dist, name)) ? readFileSync(join(dist, name), 'utf8') : undefined);
      if (body !== undefined) return route.fulfill({ status: 200, contentType: TYPES[name.slice(name.lastIndexOf('.'))] ?? 'text/plain', body });
    }
    refused.push(url.href);
    return route.abort();
  });
  return { context, refused };
}

/**
 * A tab with the browser engine (`dist/web/engine.js`) loaded as `window.govlint`, in a context
 * that can reach nothing else; `errors` collects the page's uncaught errors, `refused` what the
 * context refused to load.
 */
export async function openEngineTab(browser: Browser): Promise<{ context: BrowserContext; tab: Page; errors: string[]; refused: string[] }> {
  const page = `<!DOCTYPE html><meta charset="utf-8"><script type="module">import * as engine from './engine.js'; window.govlint = engine; document.title = 'ready';</script>`;
  const { context, refused } = await isolatedContext(browser, { 'engine.html': page });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${ORIGIN}/engine.html`);
  await tab.waitForFunction('document.title === "ready"');
  return { context, tab, errors, refused };
}

/** Every file under `folder`, with its path relative to `base` (`/` separators) and its text. */
export function filesUnder(folder: string, base: string): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push({ path: relative(base, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(folder);
  return found;
}
