import { ownValue } from '../../engine/own-value.ts';
import type { GovDocument, Section } from '../../engine/model/document.ts';
import type { DocumentRule } from '../../engine/rule.ts';
import { lineRange } from '../../engine/text/positions.ts';
import type { Range } from '../../engine/types.ts';
import { DEFAULT_SECTION_NAMES_EN, requiredSectionsOptions, type RequiredSectionsOptions } from './support/required-sections.ts';

/** Heading text for comparison: lower case, without numbering ("2.", "A)") and a trailing colon. */
function normalizeHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*|[a-z])[.)]\s+/, '')
    .replace(/[:.]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A heading matches an accepted name when the name stands in it as whole words ("Vores børne- og familiesyn"). */
export function headingMatches(title: string, name: string): boolean {
  const heading = normalizeHeading(title);
  const wanted = normalizeHeading(name);
  if (heading === wanted) return true;
  const at = heading.indexOf(wanted);
  if (at === -1) return false;
  const before = heading[at - 1];
  const after = heading[at + wanted.length];
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  return !isWordChar(before) && !isWordChar(after);
}

function anchorRange(document: GovDocument): Range {
  const h1 = document.allSections.find((section: Section) => section.depth === 1);
  return h1 ? h1.headingRange : lineRange(document.text, document.lineStarts, 1);
}

export const requiredSection: DocumentRule<RequiredSectionsOptions> = {
  meta: {
    id: 'required-section',
    family: 'document',
    defaultSeverity: 'warning',
    description: {
      da: 'Et afsnit, som dokumenttypen skal have, mangler (f.eks. Mål og Opfølgning i en politik).',
      en: 'A section the document type needs is missing (e.g. Goals and Follow-up in a policy).',
    },
    fixable: false,
    hasSuggestions: true,
    messages: {
      missing: {
        da: 'Afsnittet "{section}" mangler (dokumenttypen {type} skal have: {all}).',
        en: 'The section "{section}" is missing (the document type {type} needs: {all}).',
      },
    },
    options: requiredSectionsOptions,
  },
  check(context) {
    const { document, config, lang } = context;
    const type = document.meta.type;
    if (!type) return;
    const required = context.options.requiredSections.get(type);
    if (!required || required.length === 0) return;
    const level = config.levels.find((candidate) => candidate.type === type);
    const names = required.map((alternatives) => alternatives[0] ?? '');
    const englishDocument = lang === 'en';
    for (const alternatives of required) {
      const present = document.allSections.some((section) => alternatives.some((name) => headingMatches(section.title, name)));
      if (present) continue;
      // Offer the heading in the document's language. Configured sections are shown as written first.
      const first = alternatives[0] ?? '';
      const englishName = ownValue(DEFAULT_SECTION_NAMES_EN, first);
      const shown = englishDocument && englishName && alternatives.includes(englishName) ? englishName : first;
      const eol = document.eol;
      const end = document.text.length;
      const needsBreak = end > 0 && !document.text.endsWith('\n') ? eol : '';
      context.report({
        messageId: 'missing',
        data: { section: shown, type: level ? level.label[lang] : type, all: names.join(', ') },
        range: anchorRange(document),
        suggestions: [
          {
            title: { da: `Tilføj afsnittet "${shown}"`, en: `Add the section "${shown}"` },
            edits: [{ start: end, end, newText: `${needsBreak}${eol}## ${shown}${eol}${eol}[${lang === 'da' ? 'tekst' : 'text'}]${eol}` }],
            safe: false,
            placeholders: true,
          },
        ],
      });
    }
  },
};
