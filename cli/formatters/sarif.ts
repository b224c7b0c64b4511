import type * as Sarif from 'sarif';
import { ruleDocUrl, type Rule } from '../../engine/api/rules.ts';
import type { Diagnostic, Lang, Range, Severity } from '../../engine/api/model.ts';
import { GOVLINT_VERSION } from '../version.ts';
import type { Formatter } from './types.ts';
import { describeLocation } from './location-text.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const GOVLINT_HOME = 'https://github.com/govlint/govlint';

const LEVEL: Record<Severity, Sarif.ReportingDescriptor['defaultConfiguration'] & {}> = {
  error: { level: 'error' },
  warning: { level: 'warning' },
  info: { level: 'note' },
};

const WORDS: Record<Lang, { family: string; severity: string; fixable: string; suggestions: string; page: string }> = {
  da: { family: 'Regelfamilie', severity: 'standardniveau', fixable: 'Kan rettes automatisk med --fix.', suggestions: 'Tilbyder forslag i editoren.', page: 'Se regelsiden' },
  en: { family: 'Rule family', severity: 'default severity', fixable: 'Can be fixed automatically with --fix.', suggestions: 'Offers suggestions in the editor.', page: 'See the rule page' },
};

/** A workspace-relative path (with `/`) as a relative URI reference: each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function region(range: Range): Sarif.Region {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function location(file: string, range: Range): Sarif.PhysicalLocation {
  return { artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' }, region: region(range) };
}

function ruleDescriptor(rule: Rule, lang: Lang): Sarif.ReportingDescriptor {
  const { meta } = rule;
  const words = WORDS[lang];
  const url = ruleDocUrl(meta);
  const notes = [meta.fixable ? words.fixable : '', meta.hasSuggestions ? words.suggestions : ''].filter(Boolean).join(' ');
  const full = `${meta.description[lang]} ${words.family}: ${meta.family}; ${words.severity}: ${meta.defaultSeverity}.${notes ? ` ${notes}` : ''}`;
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.description[lang] },
    fullDescription: { text: full },
    help: { text: `${meta.description[lang]} ${words.page}: ${url}`, markdown: `${meta.description[lang]} [${words.page}](${url}).` },
    helpUri: url,
    defaultConfiguration: LEVEL[meta.defaultSeverity],
    properties: { tags: ['governance', meta.family] },
  };
}

/**
 * A finding in a Word document: the file, with line 1 as its region (viewers need a line; the
 * document has none), the heading path as a logical location and the paragraph in the message.
 */
function wordResultLocation(diagnostic: Diagnostic, lang: Lang): Sarif.Location {
  const where = diagnostic.location!;
  const located: Sarif.Location = {
    physicalLocation: { artifactLocation: { uri: relativeUri(diagnostic.file), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
    message: { text: describeLocation(where, lang) },
  };
  if (where.headings.length > 0) located.logicalLocations = [{ name: where.headings[where.headings.length - 1]!, fullyQualifiedName: where.headings.join(' › ') }];
  return located;
}

function result(diagnostic: Diagnostic, ruleIndex: number | undefined, lang: Lang): Sarif.Result {
  const entry: Sarif.Result = {
    ruleId: diagnostic.rule,
    level: LEVEL[diagnostic.severity].level!,
    message: { text: diagnostic.location ? `${diagnostic.message} (${describeLocation(diagnostic.location, diagnostic.lang ?? lang)})` : diagnostic.message },
    locations: [diagnostic.location ? wordResultLocation(diagnostic, diagnostic.lang ?? lang) : { physicalLocation: location(diagnostic.file, diagnostic.range) }],
  };
  if (ruleIndex !== undefined) entry.ruleIndex = ruleIndex;
  if (diagnostic.related && diagnostic.related.length > 0) {
    entry.relatedLocations = diagnostic.related.map((related, id) => ({
      id,
      physicalLocation: location(related.file, related.range),
      message: { text: related.message[lang] },
    }));
  }
  const properties: Record<string, unknown> = {};
  if (diagnostic.goal !== undefined) properties.goal = diagnostic.goal;
  if (diagnostic.fix) properties.fixable = true;
  if (diagnostic.location) properties.location = diagnostic.location;
  if (Object.keys(properties).length > 0) entry.properties = properties;
  return entry;
}

/** The SARIF 2.1.0 log of a lint result (one run, one rule entry per registered rule). */
export function sarifLog(diagnostics: readonly Diagnostic[], rules: readonly Rule[], lang: Lang): Sarif.Log {
  const descriptors = rules.map((rule) => ruleDescriptor(rule, lang));
  const indexById = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govlint',
            version: GOVLINT_VERSION,
            semanticVersion: GOVLINT_VERSION,
            informationUri: GOVLINT_HOME,
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: lang === 'da' ? 'Arbejdsmappen govlint blev kørt i.' : 'The working directory govlint ran in.' } } },
        results: diagnostics.map((diagnostic) => result(diagnostic, indexById.get(diagnostic.rule), lang)),
      },
    ],
  };
}

export const formatSarif: Formatter = (lintResult, options) => JSON.stringify(sarifLog(lintResult.diagnostics, lintResult.rules, options.lang), null, 2) + '\n';
