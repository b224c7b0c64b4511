// The HTML report in a real browser: `govlint report` is run as a process, the page is opened
// from file:// in headless Chromium, and we check that it loads nothing, logs no error, runs no
// injected script, shows every document ID and every policy goal ID, and prints. A screenshot
// is saved under test-artifacts/ (gitignored) for a human to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../engine/config/schema.ts';
import { discoverFiles } from '../../engine/workspace/discover.ts';
import { loadWorkspace } from '../../engine/workspace/load.ts';
import { buildReport } from '../../cli/report/run.ts';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const artifacts = join(root, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// Locally the test may be skipped without a browser; in CI it must run (and fail if Chromium is missing).
const skip = !hasChromium && !process.env.CI;
if (skip) console.warn(`Skipping the Chromium report test: ${CHROMIUM} is missing (apt-get install -y chromium). In CI (CI set) it always runs.`);

/** Document IDs and top-level (policy) goal IDs of a workspace, read with the engine. */
async function expectedIds(folder: string): Promise<{ documents: string[]; policyGoals: string[] }> {
  const config = defaultConfig(root);
  const files = await discoverFiles([folder], { cwd: root, root, include: config.include, ignore: config.ignore });
  const workspace = loadWorkspace(files, config);
  const governance = workspace.documents().filter((document) => document.frontmatter && document.meta.id);
  return {
    documents: [...new Set(governance.map((document) => document.meta.id!))],
    policyGoals: governance
      .filter((document) => document.meta.type === config.levels[0]!.type)
      .flatMap((document) => document.goals.map((goal) => goal.id).filter((id): id is string => id !== undefined)),
  };
}

describe.skipIf(skip)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let work: string;

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
    work = mkdtempSync(join(tmpdir(), 'govlint-report-'));
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Runs `govlint report`, opens the page and collects what the browser saw. */
  async function open(folder: string, name: string, extra: string[] = []) {
    const out = join(work, `${name}.html`);
    const run = spawnSync(process.execPath, [cli, 'report', folder, '--out', out, '--today', '2026-11-23', ...extra], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const console: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') console.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(out).href;
    await page.goto(url, { waitUntil: 'load' });
    await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
    return { page, console, requests, url };
  }

  it('renders the fixture workspace: no console errors, no requests, every document and policy goal ID, escaped text', async () => {
    const { page, console, requests, url } = await open('test/fixtures/report-basic', 'report');
    expect(console).toEqual([]);
    expect(requests).toEqual([url]);
    const ids = await expectedIds('test/fixtures/report-basic');
    expect(ids.documents).toHaveLength(6);
    expect(ids.policyGoals).toEqual(['M1', 'M2', 'M3', 'M4']);
    const body = await page.locator('body').innerText();
    const tree = (await page.locator('svg.tree').textContent()) ?? '';
    const trace = await page.locator('#trace').innerText();
    for (const id of ids.documents) {
      expect(body).toContain(id);
      expect(tree).toContain(id);
    }
    for (const goal of ids.policyGoals) expect(trace).toMatch(new RegExp(`(^|\\s)${goal}\\s`));
    // The hostile title and goal are shown as text and ran nothing.
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
    expect(body).toContain('<script>window.__pwned = 1</script>');
    expect(body).toContain('"onerror="window.__pwned=2" <img src=x onerror="window.__pwned=3">');
    // Structure a reader (and a screen reader) relies on.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h2').count()).toBe(7);
    expect(await page.locator('svg.tree > title').textContent()).toBe('Dokumenthierarkiet');
    expect(await page.locator('svg.tree g.node').count()).toBe(6);
    expect(await page.locator('svg.tree g.chip rect.uncovered').count()).toBe(2); // M3 and SV1
    expect(await page.locator('#smart td.score').count()).toBe(10 * 5);
    // Printable: the navigation is hidden on paper and the page lays out as a PDF.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 120_000);

  it('renders in English with --lang en', async () => {
    const { page, console } = await open('test/fixtures/report-basic', 'report-en', ['--lang', 'en']);
    expect(console).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#trace-h').innerText()).toBe('Traceability: from policy goals to practice');
    await page.close();
  }, 120_000);

  /** Text as a reader sees it: runs of white space are one space. */
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

  /**
   * On paper (print media): every finding message, taken from `govlint --format json`, and every
   * SMART reason is visible text, since paper has no tooltips and no disclosure widgets.
   */
  async function expectPrintedFindings(folder: string, name: string): Promise<number> {
    const lint = spawnSync(process.execPath, [cli, folder, '--format', 'json', '--today', '2026-11-23', '--lang', 'da'], { cwd: root, encoding: 'utf8' });
    const messages = (JSON.parse(lint.stdout) as { diagnostics: Array<{ message: string }> }).diagnostics.map((diagnostic) => squash(diagnostic.message));
    expect(messages.length).toBeGreaterThan(0);
    const { page } = await open(folder, name);
    await page.emulateMedia({ media: 'print' });
    const findings = squash(await page.locator('#findings').innerText());
    const missing = messages.filter((message) => !findings.includes(message));
    expect(missing).toEqual([]);
    // One visible row per finding.
    expect(await page.locator('#findings table.findings tbody tr:visible').count()).toBe(messages.length);
    // The SMART reasons and goal statements are printed as text next to each goal.
    const { model } = await buildReport({ paths: [folder], today: '2026-11-23' }, root);
    const smart = squash(await page.locator('#smart').innerText());
    const reasons = model.goals.flatMap((goal) => Object.values(goal.reasons).map((reason) => squash(reason)));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.filter((reason) => !smart.includes(reason))).toEqual([]);
    // The "who must act by when" list and the plain-language summary are on the first page's section.
    expect(await page.locator('#summary .lead').isVisible()).toBe(true);
    await page.pdf({ path: join(artifacts, `${name}.pdf`), format: 'A4', printBackground: true });
    await page.close();
    return messages.length;
  }

  it('prints every finding message and every SMART reason as text (fixture workspace)', async () => {
    expect(await expectPrintedFindings('test/fixtures/report-basic', 'report-print')).toBe(18);
  }, 120_000);

  it.skipIf(!existsSync(join(root, 'samples')))(
    'prints every finding message and every SMART reason as text (samples)',
    async () => {
      expect(await expectPrintedFindings('samples', 'report-samples-print')).toBeGreaterThan(20);
    },
    120_000,
  );

  it.skipIf(!existsSync(join(root, 'samples')))(
    'renders the samples workspace with every document and policy goal ID',
    async () => {
      const { page, console, requests, url } = await open('samples', 'report-samples');
      expect(console).toEqual([]);
      expect(requests).toEqual([url]);
      const ids = await expectedIds('samples');
      expect(ids.documents.length).toBeGreaterThan(0);
      const body = await page.locator('body').innerText();
      const trace = await page.locator('#trace').innerText();
      for (const id of ids.documents) expect(body).toContain(id);
      for (const goal of ids.policyGoals) expect(trace).toContain(goal);
      await page.close();
    },
    120_000,
  );
});
