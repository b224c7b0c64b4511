// Builds a workspace of hostile files: what Word conversions, PDF copy-paste and old intranets
// leave behind, and what an attacker might put in a repository.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const frontmatter = (id: string) => `---\nid: ${id}\ntype: retningslinje\ntitle: ${id}\nowner: Myndighed\nparent: sn\nreview: 2027-01-01\n---\n`;

/** File name → what govlint must say about it (the rule that must appear, or null for an ordinary finding set). */
export const HOSTILE_EXPECTATIONS: Record<string, string | null> = {
  'binary.md': 'internal-error',
  'nul-bytes.md': 'internal-error',
  'long-line.md': 'internal-error',
  'nested-lists.md': 'internal-error',
  'nested-quotes.md': 'internal-error',
  'alias-bomb.md': 'frontmatter-invalid',
  'unclosed.md': 'frontmatter-invalid',
  'frontmatter-list.md': 'frontmatter-invalid',
  'frontmatter-types.md': 'frontmatter-invalid',
  'utf16.md': 'internal-error',
  'bom.md': null,
  'crlf.md': null,
  'many-goals.md': null,
  'backtracking.md': null,
  'empty.md': null,
};

export function writeHostileWorkspace(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const write = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);
  write('binary.md', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(2048, 7)]));
  write('nul-bytes.md', `${frontmatter('nul')}Tekst\u0000med NUL\n`);
  write('long-line.md', frontmatter('long') + 'a'.repeat(5 * 1024 * 1024) + '\n');
  write('nested-lists.md', frontmatter('lists') + Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}\n`).join(''));
  write('nested-quotes.md', frontmatter('quotes') + '>'.repeat(5000) + ' dybt\n');
  const alias = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (const [name, previous] of [
    ['b', 'a'],
    ['c', 'b'],
    ['d', 'c'],
    ['e', 'd'],
    ['f', 'e'],
    ['g', 'f'],
  ]) {
    alias.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  write('alias-bomb.md', `---\nid: bomb\n${alias.join('\n')}\ntype: [*g]\n---\n# Bombe\n`);
  write('unclosed.md', '---\nid: unclosed\ntype: politik\n\n# Politik uden afslutning\n\n## Mål\n\n- Et mål\n');
  write('frontmatter-list.md', '---\n- id\n- type\n---\n# Liste\n');
  write('frontmatter-types.md', '---\nid: 123\ntype: {a: 1}\ntitle: null\nowner: [a, b]\nreview: 20270101\nparent: ~\n---\n# Typer\n');
  write('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${frontmatter('utf16')}# Titel\n`, 'utf16le')]));
  write('bom.md', `\ufeff${frontmatter('bom')}# Titel med BOM\n`);
  write('crlf.md', `${frontmatter('crlf')}# Titel\n\n## Formål\n\nTekst.\n`.replace(/\n/g, '\r\n'));
  write(
    'many-goals.md',
    frontmatter('many') + '## Mål\n\n' + Array.from({ length: 20_000 }, (_, i) => `### R${i + 1} Trin ${i + 1}\nSagen vurderes inden for ${(i % 20) + 1} dage.\n\n- Ansvarlig: Teamleder\n`).join('\n'),
  );
  write(
    'backtracking.md',
    frontmatter('backtrack') +
      '## Mål\n\n### M1 ' +
      'styrke '.repeat(20_000) +
      '\n' +
      'Ansvarlig' +
      ' '.repeat(50_000) +
      ':x\n\n- ' +
      '**'.repeat(20_000) +
      '\n\n' +
      '§ '.repeat(20_000) +
      '\n\n' +
      '1'.repeat(100_000) +
      ' % ' +
      'senest '.repeat(10_000) +
      '\n',
  );
  write('empty.md', '');
  symlinkSync('.', join(dir, 'loop'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync('..', join(dir, 'sub', 'up'));
  // Ordinary documents: they must keep their usual findings whatever lies beside them.
  write('politik.md', '---\nid: politik\ntype: politik\ntitle: Politik\nowner: Udvalget\nadopted: 2025-01-01\nadopted-by: Kommunalbestyrelsen\nreview: 2026-01-01\nstatus: adopted\n---\n# Politik\n');
  write('sn.md', '---\nid: sn\ntype: serviceniveau\ntitle: Serviceniveau\nparent: politik\nreview: 2027-01-01\n---\n# Serviceniveau\n');
}
