import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, copyWorkspace, hasCommand, repoRoot, requireServerBundle, runEditorScript, sample, skipReason, type EditorRun } from './support.ts';

// Emacs 28 with Debian's elpa-eglot (batch, -Q) drives the unchanged server over stdio.
const elpa = process.env.GOVLINT_ELPA ?? '/usr/share/emacs/site-lisp/elpa';
const installed = hasCommand('emacs') && existsSync(elpa);
const skip = skipReason(installed ? undefined : 'emacs or elpa-eglot is not installed (apt-get install emacs-nox elpa-eglot)');
if (skip) console.warn(`[emacs] skipped: ${skip}`);

interface EmacsResult {
  steps: Record<string, { ms: number; [key: string]: unknown }>;
  error?: string;
}

function runEmacs(root: string, out: string): Promise<EditorRun> {
  return runEditorScript('emacs', ['--batch', '-Q', '-l', join(repoRoot, 'test/editors/emacs-client.el')], root, out, { GOVLINT_ELPA: elpa });
}

describe.skipIf(skip !== undefined)('Emacs 28 with Eglot', () => {
  let workspace: ReturnType<typeof copyWorkspace>;
  let result: EmacsResult;

  beforeAll(async () => {
    requireServerBundle();
    workspace = copyWorkspace('govlint-emacs');
    const out = `${workspace.dir}-result.json`;
    let run = await runEmacs(workspace.dir, out);
    let text: string;
    try {
      text = readFileSync(out, 'utf8');
    } catch {
      run = await runEmacs(workspace.dir, out); // one retry at most
      text = readFileSync(out, 'utf8');
    }
    result = JSON.parse(text) as EmacsResult;
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(join(artifactsDir, 'emacs-result.json'), JSON.stringify({ ...result, exit: run.code, stderr: run.stderr.slice(-4000), ms: run.ms }, null, 2));
    console.log(`[emacs] session took ${run.ms} ms; steps: ${Object.entries(result.steps).map(([name, s]) => `${name} at ${s.ms} ms`).join(', ')}`);
  });

  afterAll(() => workspace?.dispose());

  it('ran without a Lisp error', () => {
    expect(result.error).toBeUndefined();
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
