import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';

const only = { only: ['frontmatter-missing'] };

const bareWithGoals = ['# Retningslinje for underretninger', '', '## Mål', '', '### R1 Underretninger vurderes inden for 24 timer', ''].join('\n');

describe('frontmatter-missing', () => {
  it('reports a bare file with a goal section on its first line, with a skeleton as suggestion', () => {
    const diagnostics = lintFiles({ 'retningslinjer/underretninger.md': bareWithGoals }, only);
    expect(summarize(diagnostics)).toEqual(['retningslinjer/underretninger.md:1:1-1:35 frontmatter-missing error']);
    expect(diagnostics[0]!.messages.da).toBe('Filen har mål, men ingen front matter (id, type, ansvarlig, revision): den kan ikke indgå i hierarkiet.');
    const suggestion = diagnostics[0]!.suggestions![0]!;
    expect(suggestion.safe).toBe(false);
    const fixed = applyEdits(bareWithGoals, suggestion.edits);
    expect(fixed.split('\n').slice(0, 11)).toEqual([
      '---',
      'id: underretninger',
      'type: guideline',
      'title: Retningslinje for underretninger',
      'owner: [ansvarlig enhed]',
      'parent: [overordnet-id]',
      'review: [YYYY-MM-DD]',
      'status: draft',
      'lang: da',
      '---',
      '# Retningslinje for underretninger',
    ]);
  });

  it('reports a bare file in a configured governance folder, and leaves other bare files alone', () => {
    const files = { 'guidelines/visits.md': '# Home visits\n\nText.\n', 'notes/meeting.md': '# Meeting notes\n\nText.\n', 'README.md': '# Readme\n' };
    const diagnostics = lintFiles(files, { ...only, config: { governanceFolders: ['guidelines'] } });
    expect(summarize(diagnostics)).toEqual(['guidelines/visits.md:1:1-1:14 frontmatter-missing error']);
    expect(diagnostics[0]!.messages.en).toBe('The file is in a governance folder but has no front matter (id, type, owner, review).');
    expect(lintFiles(files, only)).toEqual([]);
  });

  it('keeps CRLF line endings in the skeleton', () => {
    const text = bareWithGoals.replace(/\n/g, '\r\n');
    const [diagnostic] = lintFiles({ 'a.md': text }, only);
    expect(diagnostic!.suggestions![0]!.edits[0]!.newText).toMatch(/^---\r\nid: a\r\n/);
    expect(diagnostic!.suggestions![0]!.edits[0]!.newText).not.toMatch(/[^\r]\n/);
  });

  it('does not report a document with front matter, nor an unreadable file', () => {
    const withFrontmatter = `---\nid: r\ntype: retningslinje\n---\n${bareWithGoals}`;
    expect(lintFiles({ 'r.md': withFrontmatter }, only)).toEqual([]);
  });
});
