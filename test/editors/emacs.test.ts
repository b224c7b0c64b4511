import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, copyWorkspace, editorSetup, govlintOnPath, hasCommand, repoRoot, requireServerBundle, runEditorScript, sample, skipReason, type EditorRun } from './support.ts';

// Emacs 28 with Debian's elpa-eglot (batch, -Q) loads the Emacs setup of docs/editors.md as an
// init file would, with `govlint` on the PATH, and Eglot drives the server it starts.
const elpa = process.env.GOVLINT_ELPA ?? '/usr/share/emacs/site-lisp/elpa';
const installed = hasCommand('emacs') && existsSync(elpa);
const skip = skipReason(installed ? undefined : 'emacs or elpa-eglot is not installed (apt-get install emacs-nox elpa-eglot)');
if (skip) console.warn(`[emacs] skipped: ${skip}`);

interface EmacsResult {
  steps: Record<string, { ms: number; [key: string]: unknown }>;
  error?: string;
}

function runEmacs(root: string, out: string, setupFile: string, bin: string): Promise<EditorRun> {
  return runEditorScript('emacs', ['--batch', '-Q', '-l', join(repoRoot, 'test/editors/emacs-client.el')], root, out, {
    GOVLINT_ELPA: elpa,
    GOVLINT_SETUP: setupFile,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
  });
}

describe.skipIf(skip !== undefined)('Emacs 28 with Eglot and the setup of docs/editors.md', () => {
  let workspace: ReturnType<typeof copyWorkspace>;
  let result: EmacsResult;

  beforeAll(async () => {
    requireServerBundle();
    workspace = copyWorkspace('govlint-emacs');
    writeFileSync(join(workspace.dir, '.govlint.yaml'), 'lang: da\n');
    const scratch = `${workspace.dir}-scratch`;
    mkdirSync(scratch, { recursive: true });
    const setupFile = join(scratch, 'govlint-setup.el');
    writeFileSync(setupFile, editorSetup('emacs'));
    const bin = govlintOnPath(scratch);
    const out = join(scratch, 'result.json');
    let run = await runEmacs(workspace.dir, out, setupFile, bin);
    let text: string;
    try {
      text = readFileSync(out, 'utf8');
    } catch {
      run = await runEmacs(workspace.dir, out, setupFile, bin); // one retry at most
      text = readFileSync(out, 'utf8');
    }
    result = JSON.parse(text) as EmacsResult;
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(join(artifactsDir, 'emacs-result.json'), JSON.stringify({ ...result, exit: run.code, stderr: run.stderr.slice(-4000), ms: run.ms }, null, 2));
    console.log(
      `[emacs] session took ${run.ms} ms; steps: ${Object.entries(result.steps)
        .map(([name, s]) => `${name} at ${s.ms} ms`)
        .join(', ')}`,
    );
  });

  afterAll(() => {
    if (workspace) rmSync(`${workspace.dir}-scratch`, { recursive: true, force: true });
    workspace?.dispose();
  });

  it('ran without a Lisp error', () => {
    expect(result.error).toBeUndefined();
  });

  it('starts `govlint lsp` through eglot-ensure when a Markdown file is opened', () => {
    const step = result.steps.attach!;
    expect(step.ok).toBe(true);
    expect(step.mode).toBe('markdown-mode');
    expect(step.program).toEqual(['govlint', 'lsp']);
    expect(step.command).toEqual(['govlint', 'lsp']);
  });

  it('shows govlint diagnostics through Flymake, including the cross-file parent-unknown on the parent line', () => {
    const step = result.steps.diagnostics!;
    expect(step.ok).toBe(true);
    expect(step.line).toBe(6);
    expect(step.texts).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^govlint \\[parent-unknown\\]: .*${sample.wrongId}`))]));
  });

  it('applies the suggested parent through eglot-code-actions', () => {
    const step = result.steps.codeAction!;
    expect(step.chosen).toContain(sample.rightId);
    expect(step.line).toBe(`overordnet: ${sample.rightId}`);
  });

  it('hovers the parent id and shows the parent document', () => {
    expect(String(result.steps.hover!.text)).toContain(sample.parentTitle);
  });
});
