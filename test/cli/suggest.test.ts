// --suggest prints the whole suggestion, and --format json carries its text: what a CI user acts on.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, 'samples', '--today', '2026-11-23', '--lang', 'en', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return result.stdout;
}

interface JsonSuggestion {
  da: string;
  en: string;
  text: string;
  placeholders?: boolean;
}

describe('suggestions', () => {
  const diagnostics = (JSON.parse(run(['--format', 'json'])) as { diagnostics: Array<{ rule: string; line: number; suggestions?: JsonSuggestion[] }> }).diagnostics;
  const suggestions = diagnostics.flatMap((diagnostic) => diagnostic.suggestions ?? []);

  it('are in the JSON as their title ({da, en}, where they always were) with the text they write', () => {
    expect(suggestions.length).toBeGreaterThan(20);
    for (const suggestion of suggestions) {
      expect(typeof suggestion.da).toBe('string');
      expect(typeof suggestion.en).toBe('string');
      expect(typeof suggestion.text).toBe('string');
    }
    const scaffold = suggestions.find((suggestion) => suggestion.en === 'Make the goal SMART');
    expect(scaffold?.placeholders).toBe(true);
    expect(scaffold?.text).toMatch(/senest \[dato\]\./);
  });

  it('are printed whole by --suggest: the title, then every line of the text, however long', () => {
    const stylish = run(['--suggest']);
    const long = suggestions.filter((suggestion) => suggestion.text.length > 160);
    expect(long.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(stylish).toContain(`✎ suggestion: ${suggestion.en}\n`);
      for (const line of suggestion.text.split('\n')) expect(stylish).toContain(line === '' ? '│\n' : `│ ${line}\n`);
    }
    expect(stylish).not.toContain('⏎');
  });
});
