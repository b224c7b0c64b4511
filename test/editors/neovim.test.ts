import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, copyWorkspace, editorSetup, govlintOnPath, hasCommand, repoRoot, requireServerBundle, runEditorScript, sample, skipReason, type EditorRun } from './support.ts';

// Neovim runs each Neovim setup of docs/editors.md as a user's init.lua would, with `govlint` on
// the PATH, and its built-in client drives the server. Debian's Neovim is 0.7.2: what the setups
// call and 0.7 lacks is defined by neovim-compat.lua (a newer Neovim uses its own).
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
  compat?: string[];
  capabilities?: { codeAction: boolean; hover: boolean };
  error?: string;
}

function runNeovim(root: string, out: string, setupFile: string, bin: string): Promise<EditorRun> {
  const args = ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(repoRoot, 'test/editors/neovim-client.lua')}`];
  return runEditorScript('nvim', args, root, out, {
    GOVLINT_TIMEOUT_MS: '30000',
    GOVLINT_SETUP: setupFile,
    GOVLINT_COMPAT: join(repoRoot, 'test/editors/neovim-compat.lua'),
    PATH: `${bin}:${process.env.PATH ?? ''}`,
  });
}

for (const setup of ['neovim-0.11', 'neovim-0.10'] as const) {
  describe.skipIf(skip !== undefined)(`Neovim with the ${setup} setup of docs/editors.md`, () => {
    let workspace: ReturnType<typeof copyWorkspace>;
    let result: NeovimResult;

    beforeAll(async () => {
      requireServerBundle();
      workspace = copyWorkspace('govlint-nvim');
      // A project as users have one: the configuration file is the root marker.
      writeFileSync(join(workspace.dir, '.govlint.yaml'), 'lang: da\n');
      const scratch = `${workspace.dir}-scratch`;
      mkdirSync(scratch, { recursive: true });
      const setupFile = join(scratch, `${setup}.lua`);
      writeFileSync(setupFile, editorSetup(setup));
      const bin = govlintOnPath(scratch);
      const out = join(scratch, 'result.json');
      let run = await runNeovim(workspace.dir, out, setupFile, bin);
      let text: string | undefined;
      try {
        text = readFileSync(out, 'utf8');
      } catch {
        // One retry at most: a cold start of node on a busy 2-core machine.
        run = await runNeovim(workspace.dir, out, setupFile, bin);
        text = readFileSync(out, 'utf8');
      }
      result = JSON.parse(text) as NeovimResult;
      mkdirSync(artifactsDir, { recursive: true });
      writeFileSync(join(artifactsDir, `${setup}-result.json`), JSON.stringify({ ...result, exit: run.code, stderr: run.stderr, ms: run.ms }, null, 2));
      console.log(
        `[${setup}] session took ${run.ms} ms; defined for this Neovim: ${JSON.stringify(result.compat)}; steps: ${Object.entries(result.steps)
          .map(([name, s]) => `${name} at ${s.ms} ms`)
          .join(', ')}`,
      );
    });

    afterAll(() => {
      if (workspace) rmSync(`${workspace.dir}-scratch`, { recursive: true, force: true });
      workspace?.dispose();
    });

    it('ran without a Lua error', () => {
      expect(result.error).toBeUndefined();
    });

    it('starts `govlint lsp` for the Markdown buffer, rooted at the folder of .govlint.yaml', () => {
      const step = result.steps.attach!;
      expect(step.ok).toBe(true);
      expect(step.filetype).toBe('markdown');
      expect(step.cmd).toEqual(['govlint', 'lsp']);
      expect(step.root_dir).toBe(workspace.dir);
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
}
