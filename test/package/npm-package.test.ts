// The published package and the .vsix, as a user gets them. The npm package is the bundles and
// their data with no runtime dependencies: `npm pack` the repository, install the tarball into an
// empty folder with the network off, and run the installed `govlint` (a lint, --version, `npx`,
// `govlint lsp`). The .vsix is what `vsce` selects for `npm run package`: the language server and
// its worker, the web extension (vscode.dev) and its server, never the CLI bundle; the server runs
// from a folder holding only those files.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const repoCli = join(root, 'dist', 'cli.js');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  main: string;
  browser: string;
  dependencies?: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
};
const TODAY = '2026-11-23';

const scratch: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `govlint-${prefix}-`));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** npm with the network off: nothing may come from a registry. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  return spawnSync('npm', args, { cwd, encoding: 'utf8', env, timeout: 120_000 });
}

function run(command: string, args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, npm_config_offline: 'true', npm_config_update_notifier: 'false' };
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A project of its own in a fresh folder: a copy of `fixture`, below a git root. */
function project(fixture: string, parent = tempDir('project')): string {
  mkdirSync(join(parent, '.git'), { recursive: true });
  cpSync(fixture, parent, { recursive: true });
  return parent;
}

/** Starts a language server on stdio, opens a document of `dir` and returns the rule ids it reports, after a clean shutdown. */
async function serverFindings(command: string, args: string[], dir: string, file: string): Promise<{ name: string | undefined; rules: string[]; exit: number | null }> {
  const child = spawn(command, args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).href;
  const published = new Promise<string[]>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Array<{ code?: string | number }> }) => {
      if (params.uri === uri && params.diagnostics.length > 0) resolve(params.diagnostics.map((diagnostic) => String(diagnostic.code)));
    });
  });
  connection.onRequest(() => null);
  connection.listen();
  const result = await connection.sendRequest<{ serverInfo?: { name: string } }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
    capabilities: {},
  });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
  const rules = await published;
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  const exit = await exited;
  connection.dispose();
  return { name: result.serverInfo?.name, rules, exit };
}

/** Total size in bytes of the files below `dir` (as `du -b` counts them, without folders; links not followed). */
function treeSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = lstatSync(join(dir, entry), { throwIfNoEntry: false });
    if (stat?.isFile()) total += stat.size;
  }
  return total;
}

beforeAll(() => {
  if (!existsSync(repoCli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('the npm package', { timeout: 90_000 }, () => {
  let tarball = '';
  let install = '';
  let bin = '';

  beforeAll(() => {
    // --ignore-scripts: `prepare` would rebuild dist/ under the other test files' feet; this file tests the build that is there.
    const packDir = tempDir('pack');
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], root);
    expect(pack.status, pack.stderr).toBe(0);
    const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(packDir, packed!.filename);
    install = tempDir('install');
    writeFileSync(join(install, 'package.json'), '{ "name": "documents", "version": "1.0.0", "private": true }\n');
    const added = npm(['install', '--no-save', tarball], install);
    expect(added.status, added.stderr).toBe(0);
    bin = join(install, 'node_modules', '.bin', 'govlint');
  }, 180_000);

  it('declares no runtime dependencies and ships the bundles, their data and the CLI bin', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    const shipped = readdirSync(join(install, 'node_modules', 'govlint'), { recursive: true, encoding: 'utf8' }).map((file) => file.replaceAll('\\', '/'));
    for (const file of ['dist/cli.js', 'dist/server.js', 'dist/lint-worker.js', 'data/lexicons/da.json', 'data/statutory-limits.json', 'package.json']) expect(shipped).toContain(file);
    expect(manifest.bin.govlint).toBe('dist/cli.js');
    expect(shipped.filter((file) => file.endsWith('.map') || file.endsWith('.ts'))).toEqual([]);
  });

  it('installs as one package with nothing beside it, offline', () => {
    expect(readdirSync(join(install, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['govlint']);
    const listed = npm(['ls', '--all', '--parseable'], install);
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.replaceAll('\\', '/').replace(/^.*\/node_modules\//, '')),
    ).toEqual(['govlint']);
    // The bundles and their data (lexicons, the specificity model): well under the 32 MB the 95 packages of the old dependencies took.
    // (The CLI, the worker and the server share their chunks: about 7.1 MB, where three whole bundles took 12.5 MB.)
    expect(treeSize(join(install, 'node_modules'))).toBeLessThan(8_000_000);
  });

  it('govlint --version prints the package version', () => {
    const version = run(bin, ['--version'], install);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(manifest.version);
  });

  it('the installed govlint reports what the repository build reports, on a project of its own', () => {
    const dir = project(join(root, 'test', 'fixtures', 'cli-basic'));
    const installed = run(bin, ['--format', 'json', '--today', TODAY], dir);
    const built = run(process.execPath, [repoCli, '--format', 'json', '--today', TODAY], dir);
    expect(installed.stderr).toBe('');
    expect(installed.code).toBe(1);
    expect(installed).toEqual(built);
    expect((JSON.parse(installed.stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule)).toContain('missing-owner');
  });

  it('npx govlint on a folder of documents, from the folder that installed it', () => {
    project(join(root, 'samples'), join(install, 'docs'));
    const npx = run('npx', ['--no-install', 'govlint', 'docs/', '--format', 'json', '--today', TODAY], install);
    const built = run(process.execPath, [repoCli, 'docs/', '--format', 'json', '--today', TODAY], install);
    expect(npx.code).toBe(1); // the samples' planted errors
    expect(npx.stdout).toBe(built.stdout);
    const output = JSON.parse(npx.stdout) as { documents: number; diagnostics: unknown[] };
    expect(output.documents).toBeGreaterThan(10);
    expect(output.diagnostics.length).toBeGreaterThan(20);
  });

  it('govlint lsp from the install serves the language server on stdio', async () => {
    const dir = project(join(root, 'test', 'fixtures', 'cli-basic'));
    const result = await serverFindings(bin, ['lsp'], dir, join(dir, 'politik', 'boernepolitik.md'));
    expect(result.name).toBe('govlint');
    expect(result.rules).toContain('missing-owner');
    expect(result.exit).toBe(0);
  });
});

describe('the .vsix', { timeout: 90_000 }, () => {
  let files: string[] = [];

  beforeAll(() => {
    // What `npm run package` puts in the .vsix: vsce's own listing of the files it selects.
    expect(manifest.scripts.package).toMatch(/\bvsce package --no-dependencies\b/);
    const listed = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(listed.status, listed.stderr).toBe(0);
    files = listed.stdout
      .trim()
      .split('\n')
      .map((line) => line.trim().replaceAll('\\', '/'));
  }, 90_000);

  it('holds the extension, the language server and its worker, the web extension and its server, not the CLI bundle', () => {
    for (const file of [
      manifest.main.replace(/^\.\//, ''),
      'dist/server.js',
      manifest.browser.replace(/^\.\//, ''),
      'dist/web/server.js',
      'dist/lint-worker.js',
      'data/lexicons/da.json',
      'data/lexicons/en.json',
      'data/legal-references.json',
      'data/statutory-limits.json',
      'schema/govlint.schema.json',
      'package.json',
      'package.nls.json',
      'package.nls.da.json',
    ]) {
      expect(files).toContain(file);
    }
    expect(files).not.toContain('dist/cli.js');
    expect(files.filter((file) => file.endsWith('.map') || file.endsWith('.ts') || file.startsWith('node_modules/'))).toEqual([]);
  });

  it('is enough for the language server: it runs from a folder holding only those files', async () => {
    const extension = tempDir('vsix');
    for (const file of files) {
      mkdirSync(dirname(join(extension, file)), { recursive: true });
      cpSync(join(root, file), join(extension, file));
    }
    const dir = project(join(root, 'test', 'fixtures', 'cli-basic'));
    // As the extension starts it (client/extension.ts), but over stdio.
    const result = await serverFindings(process.execPath, [join(extension, 'dist', 'server.js'), '--stdio'], dir, join(dir, 'politik', 'boernepolitik.md'));
    expect(result.name).toBe('govlint');
    expect(result.rules).toContain('missing-owner');
    expect(result.exit).toBe(0);
  });
});
