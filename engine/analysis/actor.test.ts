import { describe, expect, it } from 'vitest';
import { findActor } from './actor.ts';

const actor = (text: string, lang: 'da' | 'en' = 'da', owners: string[] = []): string | undefined => {
  const found = findActor(text, lang, owners);
  return found ? `${found.role}: ${found.text}` : undefined;
};

describe('findActor', () => {
  it('takes the subject of a main clause, straight or inverted, and the agent of a passive', () => {
    expect(actor('Myndighedsteamet vurderer underretningen inden for 24 timer.')).toBe('subject: Myndighedsteamet');
    expect(actor('Inden for 24 timer vurderer teamlederen underretningen.')).toBe('subject: teamlederen');
    expect(actor('Udenfor åbningstiden foretager døgnvagten denne vurdering.')).toBe('subject: døgnvagten');
    expect(actor('Handleplanen godkendes af afdelingslederen.')).toBe('agent: afdelingslederen');
    expect(actor('The duty manager screens each referral.', 'en')).toBe('subject: The duty manager');
    expect(actor('Decisions about an EHC Plan are made by the SEND Panel.', 'en')).toBe('agent: the SEND Panel');
  });

  it('takes a role acting in a clause of content, or in a condition carried on by a pronoun', () => {
    expect(actor('Det er vigtigt, at rådgiveren holder samtalen med barnet.')).toBe('subject: rådgiveren');
    expect(actor('Hvis Borgercenter Børn og Unge vurderer, at barnet ikke har behov for støtte, lukker vi sagen.')).toBe('subject: Borgercenter Børn og Unge');
    expect(actor('If a practitioner is unable to reach the duty team, they should contact the police.', 'en')).toBe('subject: a practitioner');
    expect(actor('If the Service Manager decides to convene a conference outwith this timescale he/she must record the reasons.', 'en')).toBe('subject: the Service Manager');
  });

  it('takes an English subject before its modal, whatever opens the clause', () => {
    expect(actor("In addition the child's social worker should visit the child.", 'en')).toBe("subject: the child's social worker");
    expect(actor('On receipt of a request, an Assessment and Reviewing Officer (ARO) will call the family.', 'en')).toBe('subject: an Assessment and Reviewing Officer (ARO)');
    expect(actor('Through this contact the ARO will explain the process. An Assessment and Reviewing Officer (ARO) is named.', 'en')).toBe('subject: the ARO');
  });

  it('names no one for the municipality, the reader, a unit that only receives, a condition left behind, or a role that only is something', () => {
    expect(actor('Kommunen vurderer underretningen.')).toBeUndefined();
    expect(actor('Når Familierådgivningen modtager en underretning, journaliseres den.')).toBeUndefined();
    expect(actor('Når Familie- og Handicapafdelingen har modtaget din underretning, bliver du indkaldt til et møde.')).toBeUndefined();
    expect(actor("If the child's allocated Social Worker is unable to attend, it is the responsibility of the partnership to continue the meeting.", 'en')).toBeUndefined();
    expect(actor('We work hard to ensure that our services are accessible to all our communities.', 'en')).toBeUndefined();
    expect(actor('Those attending conferences should only be there because they have a contribution to make.', 'en')).toBeUndefined();
  });
});
