// A goal's due date is read once (due.ts): the goal analysis behind the scorecard, the hover and the
// report, and the outlines that deadline-after-parent compares, must give the same date at the same
// place for every goal.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/schema.ts';
import type { GovDocument } from '../model/document.ts';
import { outlineOf } from '../model/outline.ts';
import { documentFromText } from '../parse/from-bytes.ts';
import { formatIsoDate } from '../text/dates.ts';
import { addDueDates, goalDue } from './due.ts';
import { analysisLang, analyzeGoal } from './goal.ts';

const config = resolveConfig({}, '/w');

function parse(path: string, text: string): GovDocument {
  return documentFromText(path, text, config);
}

/** Per goal: the due date and where it is written, as the analysis reads it and as the outline carries it. */
function readings(document: GovDocument): { analysis: string[]; outline: string[] } {
  const lang = analysisLang(document, config.lang);
  const analysis = document.goals.map((goal) => {
    const deadline = analyzeGoal(goal, { lang, today: '2026-12-07' }).deadline;
    return deadline ? `${goal.id ?? goal.title} ${formatIsoDate(deadline.date)} @${deadline.finding.start}-${deadline.finding.end} ${deadline.source}` : `${goal.id ?? goal.title} -`;
  });
  const outline = addDueDates(outlineOf(document), document, lang).goals.map((goal, index) => {
    const due = goal.due;
    const direct = goalDue(document.goals[index]!, document.lineStarts, lang);
    expect(direct).toEqual(due);
    return due ? `${goal.id ?? goal.title} ${formatIsoDate(due.date)} @${due.range.start.offset}-${due.range.end.offset} ${due.source}` : `${goal.id ?? goal.title} -`;
  });
  return { analysis, outline };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') && name !== 'README.md' ? [path] : [];
    })
    .sort();
}

const GOALS = `---
id: p
type: politik
titel: Frister
ansvarlig: Enheden
---

## Mål

### M1 Dato i feltet

Tekst.

- Frist: 31. december 2027

### M2 Ord om datoen i feltet

Tekst.

- Frist: senest ved udgangen af 2028

### M3 Dato i udsagnet

Andelen stiger fra 52 % til 65 % senest 31. december 2027 og holdes i 2029.

### M4 Dato i målværdien

Færre børn har bekymrende fravær.

- Målværdi: under 10 % inden udgangen af 2029

### M5 Det første frist-felt er tomt

Tekst.

- Frist:
- Frist: 2030-06-30

### M6 Feltet uden dato, datoen i udsagnet

Sagen afsluttes senest 1. marts 2027.

- Frist: løbende

### M7 Skabelontekst i feltet

Tekst i 2027.

- Frist: [ÅÅÅÅ-MM-DD]

### M8 Ingen dato

Rådgiveren ringer tilbage inden for 2 hverdage.
`;

describe('a goal due date, read once', () => {
  it('is the same in the analysis and in the outline for every kind of place a date is written', () => {
    const { analysis, outline } = readings(parse('p.md', GOALS));
    expect(analysis).toEqual(outline);
    expect(analysis.map((line) => line.replace(/ @\d+-\d+/, ''))).toEqual([
      'M1 2027-12-31 field',
      'M2 2028-12-31 field',
      'M3 2027-12-31 statement',
      'M4 2029-12-31 target',
      'M5 2030-06-30 field',
      'M6 2027-03-01 statement',
      'M7 -',
      'M8 -',
    ]);
  });

  it('is the same in the analysis and in the outline for every goal of the samples', () => {
    const root = join(import.meta.dirname, '..', '..', 'samples');
    const files = markdownFiles(root);
    expect(files.length).toBeGreaterThan(5);
    let dated = 0;
    for (const path of files) {
      const { analysis, outline } = readings(parse(path, readFileSync(path, 'utf8')));
      expect(analysis, path).toEqual(outline);
      dated += analysis.filter((line) => !line.endsWith(' -')).length;
    }
    expect(dated).toBeGreaterThan(10);
  });
});
