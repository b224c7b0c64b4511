// Conversions between the engine's model (1-based points, UTF-16 offsets, Localized texts) and LSP.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic as LspDiagnostic,
  type DiagnosticRelatedInformation,
  type Position,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import { findPlaceholders, pointAt, type Diagnostic, type GovDocument, type Lang, type Range, type TextEdit } from '../engine/api/model.ts';
import { findRule, ruleDocUrl } from '../engine/api/rules.ts';

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

const TAGS = { deprecated: DiagnosticTag.Deprecated, unnecessary: DiagnosticTag.Unnecessary } as const;

export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** LSP range of `text.slice(start, end)` in a parsed document. */
export function offsetsToRange(document: GovDocument, start: number, end: number): LspRange {
  const a = pointAt(document.lineStarts, start);
  const b = pointAt(document.lineStarts, Math.max(start, end));
  return { start: { line: a.line - 1, character: a.column - 1 }, end: { line: b.line - 1, character: b.column - 1 } };
}

/** Offset into the document text of an LSP position (clamped to the text). */
export function positionToOffset(document: GovDocument, position: Position): number {
  const lineStart = document.lineStarts[position.line];
  if (lineStart === undefined) return document.text.length;
  const next = document.lineStarts[position.line + 1] ?? document.text.length;
  return Math.min(lineStart + position.character, next);
}

export function containsOffset(range: Range, offset: number): boolean {
  return offset >= range.start.offset && offset <= range.end.offset;
}

export function rangesOverlap(a: LspRange, b: LspRange): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** `lang` is the document's message language (the runner chose `diagnostic.message` in it too). */
export function toLspDiagnostic(diagnostic: Diagnostic, uriOf: (path: string) => string, lang: Lang): LspDiagnostic {
  const rule = findRule(diagnostic.rule);
  const result: LspDiagnostic = {
    range: toLspRange(diagnostic.range),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    source: 'govlint',
    message: diagnostic.messages[lang] || diagnostic.message,
  };
  if (rule) result.codeDescription = { href: ruleDocUrl(rule.meta) };
  if (diagnostic.related && diagnostic.related.length > 0) {
    result.relatedInformation = diagnostic.related.map((related): DiagnosticRelatedInformation => ({
      location: { uri: uriOf(related.file), range: toLspRange(related.range) },
      message: related.message[lang],
    }));
  }
  if (diagnostic.tags && diagnostic.tags.length > 0) result.tags = diagnostic.tags.map((tag) => TAGS[tag]);
  return result;
}

const escapeSnippet = (text: string): string => text.replace(/[$}\\]/g, (c) => `\\${c}`);

/**
 * The `[placeholder]` spans of a fix's texts as snippet tab stops (`${1:[placeholder]}`), numbered
 * once across all of them in the order given (so two edits of one fix never share a number, which
 * an editor would link), the brackets kept in the text: a placeholder left as it is stays visible
 * as one, and the `placeholder` rule reports it. The rest is escaped.
 */
export function toSnippets(texts: readonly string[]): string[] {
  let n = 0;
  return texts.map((text) => {
    let out = '';
    let at = 0;
    for (const span of findPlaceholders(text)) {
      if (span.kind !== 'brackets') continue;
      out += `${escapeSnippet(text.slice(at, span.start))}\${${++n}:${escapeSnippet(span.text)}}`;
      at = span.end;
    }
    return out + escapeSnippet(text.slice(at));
  });
}

/** One text as a snippet (see `toSnippets`). */
export function toSnippet(text: string): string {
  return toSnippets([text])[0]!;
}

export function toLspTextEdits(document: GovDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: offsetsToRange(document, edit.start, edit.end), newText: edit.newText }));
}
