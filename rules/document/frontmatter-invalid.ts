import { closest, distance } from 'fastest-levenshtein';
import type { FrontmatterEntry, GovDocument } from '../../engine/model/document.ts';
import { frontmatterValueSchemas, REQUIRED_FRONTMATTER_KEYS } from './support/frontmatter-values.ts';
import { FRONTMATTER_KEY_ALIASES, KNOWN_FRONTMATTER_KEYS } from '../../engine/parse/aliases.ts';
import { ownValue } from '../../engine/own-value.ts';
import type { Rule, RuleContext } from '../../engine/rule.ts';
import { formatIsoDate, parseWrittenDate } from '../../engine/text/dates.ts';
import { lineRange } from '../../engine/text/positions.ts';
import type { Range } from '../../engine/types.ts';

const DATE_KEYS = new Set(['adopted', 'review']);

function openingFence(document: GovDocument): Range {
  return lineRange(document.text, document.lineStarts, 1);
}

function typeNames(context: RuleContext): string[] {
  return context.config.levels.flatMap((level) => [level.type, ...level.aliases]);
}

function checkValue(context: RuleContext, entry: FrontmatterEntry): void {
  const schema = ownValue(frontmatterValueSchemas, entry.key);
  if (!schema) return;
  const value = entry.value;
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (DATE_KEYS.has(entry.key)) {
    if (schema.safeParse(value).success) return;
    const written = typeof value === 'string' ? parseWrittenDate(value) : undefined;
    if (written) {
      const iso = formatIsoDate(written);
      context.report({
        messageId: 'dateNotIso',
        data: { key: entry.rawKey, value: shown, iso },
        range: entry.valueRange,
        fix: {
          title: { da: `Skriv datoen som ${iso}`, en: `Write the date as ${iso}` },
          edits: [{ start: entry.valueRange.start.offset, end: entry.valueRange.end.offset, newText: iso }],
          safe: true,
        },
      });
    } else {
      context.report({ messageId: 'badDate', data: { key: entry.rawKey, value: shown }, range: entry.valueRange });
    }
    return;
  }
  if (entry.key === 'type') {
    if (typeof value !== 'string' || !schema.safeParse(value).success) {
      context.report({ messageId: 'notText', data: { key: entry.rawKey }, range: entry.valueRange });
      return;
    }
    const names = typeNames(context);
    if (names.some((name) => name.toLowerCase() === value.trim().toLowerCase())) return;
    const suggestion = closest(value.toLowerCase(), names);
    context.report({
      messageId: 'unknownType',
      data: { value: shown, known: context.config.levels.map((level) => level.type).join(', ') },
      range: entry.valueRange,
      suggestions: [
        {
          title: { da: `Skift til "${suggestion}"`, en: `Change to "${suggestion}"` },
          edits: [{ start: entry.valueRange.start.offset, end: entry.valueRange.end.offset, newText: suggestion }],
          safe: false,
        },
      ],
    });
    return;
  }
  if (schema.safeParse(value).success) return;
  const messageId =
    entry.key === 'id' || entry.key === 'parent'
      ? typeof value === 'string'
        ? 'badId'
        : 'notText'
      : entry.key === 'status'
        ? 'badStatus'
        : entry.key === 'lang'
          ? 'badLang'
          : entry.key === 'implements'
            ? 'badImplements'
            : 'notText';
  context.report({ messageId, data: { key: entry.rawKey, value: shown }, range: entry.valueRange });
}

export const frontmatterInvalid: Rule = {
  meta: {
    id: 'frontmatter-invalid',
    family: 'document',
    defaultSeverity: 'error',
    description: {
      da: 'Front matter, der ikke kan læses: YAML-fejl, ukendt type, en dato der ikke er en dato, en nøgle med forkert form.',
      en: 'Front matter that cannot be read: YAML errors, an unknown type, a date that is not a date, a key of the wrong shape.',
    },
    fixable: true,
    hasSuggestions: true,
    messages: {
      unclosed: { da: 'Front matter er ikke afsluttet med "---".', en: 'The front matter is not closed with "---".' },
      notMap: {
        da: 'Front matter skal være nøgler og værdier (id: …, type: …), ikke en liste eller en enkelt værdi.',
        en: 'The front matter must be keys and values (id: …, type: …), not a list or a single value.',
      },
      yaml: { da: 'YAML-fejl i front matter: {detail}', en: 'YAML error in the front matter: {detail}' },
      duplicateKey: { da: 'Nøglen "{key}" står der allerede ("{first}").', en: 'The key "{key}" is already set ("{first}").' },
      missingKey: { da: 'Front matter mangler "{key}".', en: 'The front matter has no "{key}".' },
      missingTitle: {
        da: 'Dokumentet har ingen titel: tilføj "title:" eller en overskrift på niveau 1.',
        en: 'The document has no title: add "title:" or a level-1 heading.',
      },
      missingAdopted: {
        da: 'Dokumentet har status vedtaget, men ingen vedtagelsesdato ("adopted:"/"vedtaget:").',
        en: 'The document is adopted but has no adoption date ("adopted:").',
      },
      missingAdoptedBy: {
        da: 'Et vedtaget dokument på øverste niveau skal angive, hvem der vedtog det ("adopted-by:"/"vedtaget-af:").',
        en: 'An adopted top-level document must say who adopted it ("adopted-by:").',
      },
      badDate: { da: '"{key}" skal være en dato (ÅÅÅÅ-MM-DD), ikke "{value}".', en: '"{key}" must be a date (YYYY-MM-DD), not "{value}".' },
      dateNotIso: {
        da: '"{key}" skal skrives som ÅÅÅÅ-MM-DD: "{value}" er {iso}.',
        en: '"{key}" must be written as YYYY-MM-DD: "{value}" is {iso}.',
      },
      unknownType: {
        da: 'Ukendt dokumenttype "{value}" (kendte typer: {known}).',
        en: 'Unknown document type "{value}" (known types: {known}).',
      },
      notText: { da: '"{key}" skal være en tekst.', en: '"{key}" must be text.' },
      badId: {
        da: '"{key}" skal være et id uden mellemrum og "#" (f.eks. boernepolitik-2025), ikke "{value}".',
        en: '"{key}" must be an id without spaces or "#" (e.g. child-policy-2025), not "{value}".',
      },
      badStatus: {
        da: 'Ukendt status "{value}" (brug udkast, vedtaget eller udgået).',
        en: 'Unknown status "{value}" (use draft, adopted or retired).',
      },
      badLang: { da: 'Sproget skal være "da" eller "en", ikke "{value}".', en: 'The language must be "da" or "en", not "{value}".' },
      badImplements: {
        da: '"{key}" skal være et mål-id eller en liste af mål-id\'er (M1 eller [M1, M2]).',
        en: '"{key}" must be a goal ID or a list of goal IDs (M1 or [M1, M2]).',
      },
      unknownKey: {
        da: 'Ukendt nøgle "{key}" — mente du "{suggestion}"?',
        en: 'Unknown key "{key}" — did you mean "{suggestion}"?',
      },
    },
  },
  check(context) {
    const { document } = context;
    const frontmatter = document.frontmatter;
    if (!frontmatter) return;
    for (const error of frontmatter.errors) {
      const messageId = error.message === 'unclosed' ? 'unclosed' : error.message === 'not-a-map' ? 'notMap' : 'yaml';
      context.report({ messageId, data: { detail: error.message }, range: error.range });
    }
    if (frontmatter.errors.length > 0) return;

    for (const duplicate of frontmatter.duplicateKeys) {
      const first = frontmatter.entries.get(duplicate.key);
      context.report({
        messageId: 'duplicateKey',
        data: { key: duplicate.rawKey, first: first?.rawKey ?? duplicate.key },
        range: duplicate.keyRange,
      });
    }
    for (const key of REQUIRED_FRONTMATTER_KEYS) {
      if (!frontmatter.entries.has(key)) context.report({ messageId: 'missingKey', data: { key }, range: openingFence(document) });
    }
    if (!document.meta.title && !frontmatter.entries.has('title')) {
      context.report({ messageId: 'missingTitle', range: openingFence(document) });
    }
    for (const entry of frontmatter.entries.values()) {
      if (KNOWN_FRONTMATTER_KEYS.has(entry.key)) {
        checkValue(context, entry);
        continue;
      }
      // Extra keys are allowed (SPEC: extend freely); a near miss of a known key is a typo.
      const candidates = Object.keys(FRONTMATTER_KEY_ALIASES);
      const suggestion = closest(entry.rawKey.toLowerCase(), candidates);
      if (entry.rawKey.length >= 3 && distance(entry.rawKey.toLowerCase(), suggestion) <= (suggestion.length > 5 ? 2 : 1)) {
        context.report({
          messageId: 'unknownKey',
          data: { key: entry.rawKey, suggestion },
          range: entry.keyRange,
          suggestions: [
            {
              title: { da: `Omdøb til "${suggestion}"`, en: `Rename to "${suggestion}"` },
              edits: [{ start: entry.keyRange.start.offset, end: entry.keyRange.end.offset, newText: suggestion }],
              safe: false,
            },
          ],
        });
      }
    }
    const { meta } = document;
    if (meta.status === 'adopted') {
      if (!frontmatter.entries.has('adopted')) context.report({ messageId: 'missingAdopted', range: frontmatter.entries.get('status')?.range ?? openingFence(document) });
      const rootType = context.config.levels[0]?.type;
      if (meta.type === rootType && !frontmatter.entries.has('adopted-by')) {
        context.report({ messageId: 'missingAdoptedBy', range: frontmatter.entries.get('status')?.range ?? openingFence(document) });
      }
    }
  },
};
