import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const serverBundle = join(repoRoot, 'dist', 'server.js');
export const cliBundle = join(repoRoot, 'dist', 'cli.js');
export const editorsPage = join(repoRoot, 'docs', 'editors.md');
export const fixtureWorkspace = join(repoRoot, 'test', 'fixtures', 'editor-workspace');
export const artifactsDir = join(repoRoot, 'test-artifacts');

/** The document every editor test opens, its unknown parent id and the id the server suggests. */
export const sample = {
  file: 'serviceniveauer/forebyggelse.md',
  wrongId: 'bornepolitik-2025',
  rightId: 'boernepolitik-2025',
  parentTitle: 'Sammenhængende børne- og ungepolitik',
} as const;

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Why an editor test cannot run here, or undefined when it can. In CI (process.env.CI set)
 * a missing editor is never a reason to skip: the test runs and fails.
 */
export function skipReason(missing: string | undefined): string | undefined {
  if (!missing) return undefined;
  if (process.env.CI) return undefined;
  return missing;
}

/** A fresh copy of the fixture workspace in a temporary folder (editors may write to it). */
export function copyWorkspace(prefix: string): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  cpSync(fixtureWorkspace, dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function requireServerBundle(): void {
  if (!existsSync(serverBundle) || !existsSync(cliBundle)) throw new Error('dist/server.js or dist/cli.js is missing: run `npm run build` first');
}

/**
 * The setup block of docs/editors.md marked `<!-- editor-test: NAME -->` (the fenced block right
 * after the marker), so the tests run what the page tells users to write.
 */
export function editorSetup(name: string): string {
  const page = readFileSync(editorsPage, 'utf8');
  const marker = `<!-- editor-test: ${name} -->`;
  const at = page.indexOf(marker);
  if (at === -1) throw new Error(`docs/editors.md has no block marked ${marker}`);
  const match = /^\s*```[^\n]*\n([\s\S]*?)^```/m.exec(page.slice(at + marker.length));
  if (!match || match.index !== 0) throw new Error(`no fenced block follows ${marker} in docs/editors.md`);
  return match[1]!;
}

/** A folder holding a `govlint` command (this checkout's dist/cli.js), to put first on the PATH as an installed govlint would be. */
export function govlintOnPath(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const command = join(bin, 'govlint');
  writeFileSync(command, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(cliBundle)} "$@"\n`);
  chmodSync(command, 0o755);
  return bin;
}

export interface EditorRun {
  code: number | null;
  stderr: string;
  ms: number;
}

/**
 * Runs a headless editor in `root` with the script that drives it; the script learns the server,
 * the sample document and where to write its results (`out`) from GOVLINT_* variables. The
 * editor is killed after two minutes.
 */
export function runEditorScript(command: string, args: readonly string[], root: string, out: string, env: Record<string, string> = {}): Promise<EditorRun> {
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: {
        ...process.env,
        GOVLINT_SERVER: serverBundle,
        GOVLINT_ROOT: root,
        GOVLINT_FILE: sample.file,
        GOVLINT_OUT: out,
        GOVLINT_WRONG_ID: sample.wrongId,
        GOVLINT_RIGHT_ID: sample.rightId,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr, ms: Date.now() - started });
    });
  });
}
