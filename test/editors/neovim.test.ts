import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, copyWorkspace, hasCommand, repoRoot, requireServerBundle, runEditorScript, sample, skipReason, type EditorRun } from './support.ts';

// Neovim (Debian's 0.7.2) drives the unchanged server over stdio with its built-in client.
const skip = skipReason(hasCommand('nvim') ? undefined : 'nvim is not installed (apt-get install neovim)');
if (skip) console.warn(`[neovim] skipped: ${skip}`);

interface Step {
  ok: boolean;
  ms: number;
  [key: string]: unknown;
}
interface NeovimResult {
  steps: Record<string, Step>;
  log: string[];
  capabilities?: { codeAction: boolean; hover: boolean };
  error?: string;
}

function runNeovim(root: string, out: string): Promise<EditorRun> {
  const args = ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(repoRoot, 'test/editors/neovim-client.lua')}`];
  return runEditorScript('nvim', args, root, out, { GOVLINT_TIMEOUT_MS: '30000' });
}

describe.skipIf(skip !== undefined)('Neovim 0.7 built-in LSP client', () => {
  let workspace: ReturnType<typeof copyWorkspace>;
  let result: NeovimResult;

  beforeAll(async () => {
    requireServerBundle();
    workspace = copyWorkspace('govlint-nvim');
    const out = join(workspace.dir, '..', `${workspace.dir.split('/').pop()}-result.json`);
    let run = await runNeovim(workspace.dir, out);
    let text: string | undefined;
    try {
      text = readFileSync(out, 'utf8');
    } catch {
      // One retry at most: a cold start of node on a busy 2-core machine.
      run = await runNeovim(workspace.dir, out);
      text = readFileSync(out, 'utf8');
    }
    result = JSON.parse(text) as NeovimResult;
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(join(artifactsDir, 'neovim-result.json'), JSON.stringify({ ...result, exit: run.code, stderr: run.stderr, ms: run.ms }, null, 2));
    console.log(`[neovim] session took ${run.ms} ms; steps: ${Object.entries(result.steps).map(([name, s]) => `${name} at ${s.ms} ms`).join(', ')}`);
  });

  afterAll(() => workspace?.dispose());

  it('ran without a Lua error', () => {
    expect(result.error).toBeUndefined();
  });

  it('shows govlint diagnostics for the opened document, including the cross-file parent-unknown', () => {
    const step = result.steps.diagnostics!;
    expect(step.ok).toBe(true);
    const diagnostics = step.diagnostics as Array<{ code: string; source: string; message: string; lnum: number; href: unknown; related: number }>;
    const parent = diagnostics.find((d) => d.code === 'parent-unknown');
    expect(parent).toMatchObject({ source: 'govlint', lnum: 5 });
    expect(parent!.message).toContain(sample.wrongId);
    expect(String(parent!.href)).toMatch(/parent-unknown/);
    expect(diagnostics.every((d) => d.source === 'govlint')).toBe(true);
  });

  it('applies the suggested parent through vim.lsp.buf.code_action, and the finding goes away', () => {
    const step = result.steps.codeAction!;
    expect(step.offered).toEqual(expect.arrayContaining([expect.stringContaining(sample.rightId)]));
    expect(step.chosen).toContain(sample.rightId);
    expect(step.line).toBe(`overordnet: ${sample.rightId}`);
    expect(step.cleared).toBe(true);
  });

  it('hovers the parent id and shows the parent document', () => {
    const step = result.steps.hover!;
    expect(step.ok).toBe(true);
    expect(String(step.text)).toContain(sample.parentTitle);
  });
});
