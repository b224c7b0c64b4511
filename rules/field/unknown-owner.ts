import { distance } from 'fastest-levenshtein';
import { EndingSet } from '../../engine/analysis/endings.ts';
import { lexiconData } from '../../engine/analysis/lexicon.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Fix, Range } from '../../engine/types.ts';

// An owner must be a unit or role the workspace knows (`owners:` in .govlint.yaml): a typo or
// an outdated unit name means nobody is actually answerable. With no list configured the rule
// has nothing to compare with and stays silent.

/** Case, spacing and trailing punctuation do not make a different owner. */
export function normalizeOwner(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .toLowerCase();
}

/** Up to three configured owners closest to `name` by edit distance, nearest first. */
export function closestOwners(name: string, owners: readonly string[]): string[] {
  const wanted = normalizeOwner(name);
  const scored: Array<{ owner: string; score: number }> = [];
  for (const owner of owners) {
    const candidate = normalizeOwner(owner);
    const score = distance(wanted, candidate);
    // Close enough to be a typo or a variant: at most 40 % of the longer name (at least 2 edits),
    // or one name contains the other ("Familieafdelingen" vs "Familieafdelingen, Myndighed").
    const limit = Math.max(2, Math.floor(0.4 * Math.max(wanted.length, candidate.length)));
    if (score <= limit || (wanted.length >= 4 && (candidate.includes(wanted) || wanted.includes(candidate)))) scored.push({ owner, score });
  }
  scored.sort((a, b) => a.score - b.score || a.owner.localeCompare(b.owner));
  return scored.slice(0, 3).map((entry) => entry.owner);
}

let roleEndings: EndingSet | undefined;

/**
 * "Hanne Jensen", "Mette Frederiksen-Holm": two to four capitalised words, none of them a role or
 * unit (Danish or English endings: -leder, -chef, team, manager …). A person leaves with the
 * person; the goal needs a unit or role that outlives staff changes.
 */
export function looksLikePersonName(owner: string): boolean {
  const name = owner.trim();
  if (!/^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3}$/u.test(name)) return false;
  roleEndings ??= new EndingSet(
    [...lexiconData('da').actors.roleEndings, ...lexiconData('en').actors.roleEndings],
    [...new Set([...lexiconData('da').actors.inflections, ...lexiconData('en').actors.inflections])],
  );
  return !name.split(/[ -]/).some((word) => roleEndings!.matches(word.toLowerCase()));
}

function list(names: readonly string[], word: string): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${word} ${quoted[quoted.length - 1]}`;
}

export const unknownOwner: Rule = {
  meta: {
    id: 'unknown-owner',
    family: 'field',
    defaultSeverity: 'warning',
    description: {
      da: 'En ansvarlig (dokumentets "ansvarlig:" eller et måls "Ansvarlig:") er ikke på listen over kendte enheder og roller ("owners" i .govlint.yaml).',
      en: 'An owner (the document\'s "owner:" or a goal\'s "Owner:") is not in the list of known units and roles ("owners" in .govlint.yaml).',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      document: {
        da: 'Dokumentets ansvarlige "{owner}" er ikke en kendt enhed eller rolle.',
        en: 'The document owner "{owner}" is not a known unit or role.',
      },
      documentWithCandidates: {
        da: 'Dokumentets ansvarlige "{owner}" er ikke en kendt enhed eller rolle — mente du {candidatesDa}?',
        en: 'The document owner "{owner}" is not a known unit or role — did you mean {candidatesEn}?',
      },
      goal: {
        da: 'Ansvarlig for mål {goal}, "{owner}", er ikke en kendt enhed eller rolle.',
        en: 'The owner of goal {goal}, "{owner}", is not a known unit or role.',
      },
      documentPerson: {
        da: 'Dokumentets ansvarlige "{owner}" ligner en persons navn: skriv den enhed eller rolle, der svarer for dokumentet, så ansvaret overlever personaleskift.',
        en: 'The document owner "{owner}" looks like a person\'s name: name the unit or role that answers for the document, so responsibility survives staff changes.',
      },
      goalPerson: {
        da: 'Ansvarlig for mål {goal}, "{owner}", ligner en persons navn: skriv den enhed eller rolle, der svarer for målet, så ansvaret overlever personaleskift.',
        en: 'The owner of goal {goal}, "{owner}", looks like a person\'s name: name the unit or role that answers for the goal, so responsibility survives staff changes.',
      },
      goalWithCandidates: {
        da: 'Ansvarlig for mål {goal}, "{owner}", er ikke en kendt enhed eller rolle — mente du {candidatesDa}?',
        en: 'The owner of goal {goal}, "{owner}", is not a known unit or role — did you mean {candidatesEn}?',
      },
    },
  },
  check(context) {
    const { document, config } = context;
    const owners = config.owners ?? [];
    if (owners.length === 0) return;
    const known = new Set(owners.map(normalizeOwner));

    const check = (owner: string, range: Range, goal: { id?: string; label: string } | undefined, quote: string) => {
      if (owner.trim() === '' || known.has(normalizeOwner(owner))) return;
      const candidates = closestOwners(owner, owners);
      const suggestions: Fix[] = candidates.map((candidate) => ({
        title: { da: `Skift til "${candidate}"`, en: `Change to "${candidate}"` },
        edits: [{ start: range.start.offset, end: range.end.offset, newText: quote + candidate + quote }],
        safe: false,
      }));
      const kind = goal === undefined ? 'document' : 'goal';
      // A person's name with nothing close in the list: an info that asks for a unit or role.
      const person = candidates.length === 0 && looksLikePersonName(owner);
      context.report({
        messageId: person ? `${kind}Person` : candidates.length > 0 ? `${kind}WithCandidates` : kind,
        ...(person ? { severity: 'info' as const } : {}),
        data: { owner: owner.trim(), goal: goal?.label ?? '', candidatesDa: list(candidates, 'eller'), candidatesEn: list(candidates, 'or') },
        range,
        ...(goal?.id ? { goal: goal.id } : {}),
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    };

    const entry = document.frontmatter?.entries.get('owner');
    if (entry && typeof entry.value === 'string') {
      const raw = document.text.slice(entry.valueRange.start.offset, entry.valueRange.end.offset);
      const quote = raw.startsWith('"') ? '"' : raw.startsWith("'") ? "'" : '';
      check(entry.value, entry.valueRange, undefined, quote);
    }
    for (const goal of document.goals) {
      for (const field of goal.fields) {
        if (field.key !== 'owner') continue;
        const label = goal.id ?? `"${goal.title.length > 60 ? `${goal.title.slice(0, 57)}…` : goal.title}"`;
        check(field.value, field.valueRange, { ...(goal.id ? { id: goal.id } : {}), label }, '');
      }
    }
  },
};
