import { describe, expect, it } from 'vitest';
import type { Rule } from '../rule.ts';
import { lintFiles, summarize } from '../../test/support/lint-files.ts';
import { allRules } from '../../rules/index.ts';

const throwing: Rule = {
  meta: {
    id: 'always-throws',
    family: 'goal',
    defaultSeverity: 'warning',
    description: { da: 'Test', en: 'Test' },
    fixable: false,
    hasSuggestions: false,
    messages: {},
  },
  check() {
    throw new Error('boom');
  },
};

const doc = '---\nid: a\ntype: politik\ntitle: A\nreview: 2030-01-01\n---\n# A\n';

describe('rule runner', () => {
  it('turns a rule that throws into an internal-error diagnostic on that file, and runs the other rules', () => {
    const diagnostics = lintFiles({ 'a.md': doc, 'b.md': doc.replace('id: a', 'id: b') }, { rules: [throwing, ...allRules] });
    const internal = diagnostics.filter((d) => d.rule === 'internal-error');
    expect(summarize(internal)).toEqual(['a.md:1:1-1:1 internal-error error', 'b.md:1:1-1:1 internal-error error']);
    expect(internal[0]!.messages).toEqual({
      da: 'Reglen always-throws fejlede på denne fil: boom',
      en: 'Rule always-throws failed on this file: boom',
    });
    expect(diagnostics.some((d) => d.rule === 'missing-owner')).toBe(true);
  });

  it('applies configured severities and switches rules off', () => {
    const text = '---\nid: a\ntype: politik\ntitle: A\nreview: 2030-01-01\n---\n# A\n\n## Mål\n\n### M1 Mål\nTekst.\n';
    const base = lintFiles({ 'a.md': text }, { only: ['missing-owner'] });
    expect(base.map((d) => d.severity)).toEqual(['error', 'warning']);
    const relaxed = lintFiles({ 'a.md': text }, { only: ['missing-owner'], config: { rules: { 'missing-owner': 'info' } } });
    expect(relaxed.map((d) => d.severity)).toEqual(['info', 'info']);
    expect(lintFiles({ 'a.md': text }, { only: ['missing-owner'], config: { rules: { 'missing-owner': 'off' } } })).toEqual([]);
  });

  it('chooses the message language: --lang, then the document, then the configuration', () => {
    const english = doc.replace('title: A', 'title: A\nlang: en');
    const message = (files: Record<string, string>, options = {}) => lintFiles(files, { only: ['missing-owner'], ...options })[0]!.message;
    expect(message({ 'a.md': doc })).toMatch(/^Dokumentet har ingen ansvarlig/);
    expect(message({ 'a.md': english })).toMatch(/^The document has no owner/);
    expect(message({ 'a.md': doc }, { config: { lang: 'en' } })).toMatch(/^The document has no owner/);
    expect(message({ 'a.md': english }, { lang: 'da' })).toMatch(/^Dokumentet har ingen ansvarlig/);
  });

  it('lints bare Markdown files only with the rules meant for them', () => {
    expect(lintFiles({ 'notes.md': '# Noter\n\nIngen mål her.\n' })).toEqual([]);
  });
});
