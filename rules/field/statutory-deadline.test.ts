import { describe, expect, it } from 'vitest';
import { applyEdits, lintFiles, summarize } from '../../test/support/lint-files.ts';
import { doc } from './support/test-docs.ts';

const only = { only: ['statutory-deadline'] };
const lint = (body: string, lang: 'da' | 'en' = 'da') => lintFiles({ 'sn.md': doc(body, lang) }, only);

describe('statutory-deadline', () => {
  it('reports a child protection investigation promised in 6 months when the law says 4, with the legal limit as suggestion', () => {
    const text = doc('Den børnefaglige undersøgelse afsluttes inden for 6 måneder.\n');
    const diagnostics = lintFiles({ 'sn.md': text }, only);
    expect(summarize(diagnostics)).toEqual(['sn.md:11:41-11:60 statutory-deadline error']);
    const [d] = diagnostics;
    expect(d!.messages.da).toBe('Fristen "inden for 6 måneder" er længere end loven tillader: en børnefaglig undersøgelse skal være afsluttet senest 4 måneder (barnets lov § 20, stk. 3).');
    expect(d!.messages.en).toBe(
      'The time limit "inden for 6 måneder" is longer than the law allows: a child protection investigation must be completed within 4 months (section 20(3) of the Children\'s Act (barnets lov)).',
    );
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions).toHaveLength(1);
    expect(d!.suggestions![0]!.safe).toBe(false);
    expect(applyEdits(text, d!.suggestions![0]!.edits)).toContain('Den børnefaglige undersøgelse afsluttes inden for 4 måneder.');
  });

  it('reports the first follow-up, the assessment of a notification and English text', () => {
    expect(
      summarize(
        lint(
          [
            'Første opfølgning på indsatsen sker senest 6 måneder efter iværksættelsen.',
            '',
            'En underretning vurderes senest 48 timer efter modtagelsen.',
            '',
            'Underretninger behandles inden for 2 døgn.',
          ].join('\n'),
        ),
      ),
    ).toEqual(['sn.md:11:37-11:53 statutory-deadline error', 'sn.md:13:26-13:41 statutory-deadline error', 'sn.md:15:26-15:42 statutory-deadline error']);
    const [d] = lint('Child protection investigations are completed within six months of the referral.', 'en');
    expect(summarize([d!])).toEqual(['sn.md:11:47-11:64 statutory-deadline error']);
    expect(d!.message).toMatch(/^The time limit "within six months" is longer than the law allows/);
    expect(d!.suggestions![0]!.edits[0]!.newText).toBe('4 months');
  });

  it('compares durations across units and only reports a promise that is certainly longer', () => {
    expect(summarize(lint('Den børnefaglige undersøgelse afsluttes inden for 18 uger.'))).toEqual(['sn.md:11:41-11:58 statutory-deadline error']);
    expect(lint('Den børnefaglige undersøgelse afsluttes inden for 17 uger.')).toEqual([]);
    expect(lint('Den børnefaglige undersøgelse afsluttes inden for 120 dage.')).toEqual([]);
    expect(lint('En underretning vurderes inden for 1 hverdag.')).toEqual([]);
    expect(lint('En underretning vurderes inden for 24 timer.')).toEqual([]);
  });

  it('reads a table row as one statement', () => {
    const body = ['| Trin | Frist |', '|---|---|', '| Børnefaglig undersøgelse | 5 måneder |', '| Underretning vurderes | 24 timer |', '| Første opfølgning | Senest 3 måneder |'].join('\n');
    expect(summarize(lint(body))).toEqual(['sn.md:13:30-13:39 statutory-deadline error']);
  });

  it('reads a paragraph wrapped over several lines as one text', () => {
    expect(summarize(lint('Den børnefaglige undersøgelse efter\nBarnets Lov § 20 afsluttes inden for 6\nmåneder.'))).toEqual(['sn.md:12:28-13:8 statutory-deadline error']);
  });

  it('keeps "jf." inside the sentence', () => {
    expect(summarize(lint('Den børnefaglige undersøgelse afsluttes, jf. Barnets Lov § 20, inden for 5 måneder.'))).toEqual(['sn.md:11:64-11:83 statutory-deadline error']);
  });

  it('accepts limits within the law, other steps, frequencies, ages and durations without a limiting word', () => {
    for (const text of [
      'Den børnefaglige undersøgelse afsluttes senest 4 måneder efter, at kommunen er blevet opmærksom på behovet.',
      'Børnefaglige undersøgelser gennemføres på under 4 måneder.',
      'Første opfølgning sker senest 3 måneder efter iværksættelsen, derefter hver 6. måned.',
      'Opfølgning på indsatsen sker inden for 6 måneder.',
      'Sagen afsluttes inden for 6 måneder.',
      'Børnefaglige undersøgelser for unge op til 18 år afsluttes inden for 4 måneder.',
      'Den børnefaglige undersøgelse tager typisk 6 måneder i komplekse sager.',
      'Når en underretning er vurderet inden for 24 timer, afsluttes en eventuel børnefaglig undersøgelse inden for 4 måneder.',
    ]) {
      expect(lint(text), text).toEqual([]);
    }
    // "Referral" is the everyday English word for any request for help: it does not name the
    // Danish underretning, so a 45-day assessment timescale is not a § 136 breach.
    for (const text of ['Social work assessments are completed within 45 working days of referral.', 'Referrers receive feedback within 10 working days.']) {
      expect(lint(text, 'en'), text).toEqual([]);
    }
  });

  it('enforces barnets plan within 3 months (§ 91) and the interim assessment at 4 months (§ 20, stk. 3, 2. pkt.), issue 21', () => {
    const [plan] = lint('Barnets plan udarbejdes senest 4 måneder efter afgørelsen om anbringelse.');
    expect(summarize([plan!])).toEqual(['sn.md:11:25-11:41 statutory-deadline error']);
    expect(plan!.messages.da).toBe(
      'Fristen "senest 4 måneder" er længere end loven tillader: barnets plan skal foreligge (ved anbringelse efter § 47 dog før afgørelsen) senest 3 måneder (barnets lov § 91).',
    );
    expect(lint("The child's plan is in place within 6 months of the placement decision.", 'en')[0]!.message).toMatch(/within 3 months \(section 91 of the Children's Act/);
    expect(lint('Barnets plan foreligger senest 3 måneder efter afgørelsen.')).toEqual([]);
    const [interim] = lint('Kan den børnefaglige undersøgelse undtagelsesvis ikke afsluttes inden for 4 måneder, udarbejdes en foreløbig vurdering senest 5 måneder efter.');
    expect(interim!.messages.da).toBe(
      'Fristen "senest 5 måneder" er længere end loven tillader: når en børnefaglig undersøgelse undtagelsesvis ikke kan afsluttes til tiden, skal en foreløbig vurdering foreligge senest 4 måneder (barnets lov § 20, stk. 3, 2. pkt.).',
    );
    // The investigation may then finish "snarest herefter": a later duration in the sentence is not the interim assessment's.
    expect(lint('Kan undersøgelsen ikke afsluttes inden for 4 måneder, udarbejdes en foreløbig vurdering, og undersøgelsen afsluttes senest 6 måneder efter henvendelsen.')).toEqual([]);
  });

  it('does not enforce a limit whose paragraph is not confirmed, nor lend its duration to another step', () => {
    expect(lint('Vi bekræfter modtagelsen af underretningen inden for 10 hverdage.')).toEqual([]);
    expect(lint('Underretningen vurderes inden for 24 timer, og modtagelsen bekræftes over for underretteren inden for 10 hverdage.')).toEqual([]);
  });
});
