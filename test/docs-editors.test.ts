// docs/editors.md: every configuration block parses in its own format and starts `govlint lsp`
// for Markdown. (The Neovim and Emacs blocks are also run in the real editors by test/editors/.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const page = readFileSync(join(import.meta.dirname, '..', 'docs', 'editors.md'), 'utf8');

interface Block {
  lang: string;
  body: string;
  /** The `<!-- editor-test: … -->` marker right above it, if any. */
  marker?: string;
}

const blocks: Block[] = [...page.matchAll(/(?:<!-- editor-test: ([\w.-]+) -->\n)?^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)].map((match) => ({
  lang: match[2]!,
  body: match[3]!,
  ...(match[1] ? { marker: match[1] } : {}),
}));

const withLang = (lang: string) => blocks.filter((block) => block.lang === lang);

/** TOML through Python's tomllib (Python 3.11+), as JSON. */
function parseToml(text: string): Record<string, unknown> {
  const run = spawnSync('python3', ['-c', 'import json, sys, tomllib; print(json.dumps(tomllib.loads(sys.stdin.read())))'], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`not TOML: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}
const hasTomllib = spawnSync('python3', ['-c', 'import tomllib'], { stdio: 'ignore' }).status === 0;

/** JSON with `//` comments (Sublime Text's settings files). */
function parseJsonc(text: string): unknown {
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''));
}

describe('docs/editors.md', () => {
  it('marks the Neovim and Emacs setups that the editor tests run', () => {
    expect(blocks.filter((block) => block.marker).map((block) => [block.marker, block.lang])).toEqual([
      ['neovim-0.11', 'lua'],
      ['neovim-0.10', 'lua'],
      ['emacs', 'elisp'],
    ]);
    for (const block of blocks.filter((candidate) => candidate.marker)) expect(block.body).toMatch(/["']govlint["'][,\s]+["']lsp["']/);
  });

  it.skipIf(!hasTomllib && !process.env.CI)('Helix and Zed: the TOML parses and registers govlint lsp for Markdown', () => {
    const toml = withLang('toml').map((block) => parseToml(block.body));
    expect(toml).toHaveLength(3);
    const [helix, extension, cargo] = toml;
    expect(helix).toEqual({ 'language-server': { govlint: { command: 'govlint', args: ['lsp'] } }, language: [{ name: 'markdown', 'language-servers': ['marksman', 'govlint'] }] });
    expect(extension).toMatchObject({ id: 'govlint', schema_version: 1, language_servers: { govlint: { name: 'govlint', languages: ['Markdown'] } } });
    expect(cargo).toMatchObject({ lib: { 'crate-type': ['cdylib'] }, dependencies: { zed_extension_api: expect.any(String) as unknown } });
  });

  it('Zed and Sublime Text: the JSON parses, and Sublime starts govlint lsp for Markdown', () => {
    const [zed] = withLang('json').map((block) => JSON.parse(block.body) as { languages: { Markdown: { language_servers: string[] } } });
    expect(zed!.languages.Markdown.language_servers).toEqual(['govlint', '...']);
    const [sublime] = withLang('jsonc').map(
      (block) => parseJsonc(block.body) as { clients: Record<string, { enabled: boolean; command: string[]; selector: string; settings: Record<string, string> }> },
    );
    expect(sublime!.clients.govlint).toEqual({ enabled: true, command: ['govlint', 'lsp'], selector: 'text.html.markdown', settings: { 'govlint.lang': 'auto', 'govlint.run': 'onType' } });
    // The Zed extension's Rust starts the same command.
    expect(withLang('rust')[0]!.body).toContain('args: vec!["lsp".into()]');
  });
});
