// Quick fixes: every finding's fix and suggestions, "disable for this line / this file", and
// `source.fixAll.govlint` (all safe fixes of a document at once).
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { GovDocument } from '../../engine/model/document.ts';
import type { Diagnostic, Fix, Lang, TextEdit } from '../../engine/types.ts';
import type { Budget } from '../budget.ts';
import { offsetsToRange, rangesOverlap, toLspTextEdits, toSnippet } from '../convert.ts';
import type { LintResult } from '../diagnostics.ts';
import type { FeatureContext } from './context.ts';
import { isWholeDocument } from '../workspace.ts';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govlint`;

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

/** A workspace edit for a fix: the document's edits (as a snippet where the client can tab through placeholders) and edits in other files. */
function fixEdit(context: FeatureContext, document: GovDocument, fix: Fix): WorkspaceEdit {
  const uri = context.workspace.uriOf(document.path);
  const others: Array<[string, ReturnType<typeof toLspTextEdits>]> = [];
  for (const [path, edits] of Object.entries(fix.otherFiles ?? {})) {
    const other = context.diagnostics.document(path);
    if (other) others.push([context.workspace.uriOf(path), toLspTextEdits(other, edits)]);
  }
  if (context.client.snippetEdits && fix.placeholders) {
    const buffer = context.workspace.buffer(document.path);
    const documentChanges: TextDocumentEdit[] = [
      {
        textDocument: { uri, version: buffer?.version ?? null },
        edits: fix.edits.map((edit) => ({ range: offsetsToRange(document, edit.start, edit.end), snippet: { kind: 'snippet', value: toSnippet(edit.newText) } })),
      },
      ...others.map(([otherUri, edits]) => ({ textDocument: { uri: otherUri, version: null }, edits })),
    ];
    return { documentChanges };
  }
  const changes: WorkspaceEdit['changes'] = { [uri]: toLspTextEdits(document, fix.edits) };
  for (const [otherUri, edits] of others) changes[otherUri] = [...(changes[otherUri] ?? []), ...edits];
  return { changes };
}

const DIRECTIVE_LINE = /^(\s*)<!--\s*govlint-(disable-next-line|disable-file)\s+([^>]*?)\s*-->\s*$/;

function lineText(document: GovDocument, line: number): { start: number; end: number; text: string } | undefined {
  const start = document.lineStarts[line - 1];
  if (start === undefined) return undefined;
  let end = document.lineStarts[line] ?? document.text.length;
  while (end > start && (document.text[end - 1] === '\n' || document.text[end - 1] === '\r')) end--;
  return { start, end, text: document.text.slice(start, end) };
}

/** Adds `rule` to an existing directive line of the same kind, or undefined when there is none. */
function extendDirective(document: GovDocument, line: number, kind: string, rule: string): TextEdit | undefined {
  const existing = lineText(document, line);
  const match = existing ? DIRECTIVE_LINE.exec(existing.text) : null;
  if (!existing || !match || match[2] !== kind) return undefined;
  const rules = match[3]!.split(/[\s,]+/).filter(Boolean);
  if (rules.includes(rule)) return { start: existing.start, end: existing.start, newText: '' };
  return { start: existing.start, end: existing.end, newText: `${match[1]}<!-- govlint-${kind} ${[...rules, rule].join(' ')} -->` };
}

/** Last line of the front matter (its closing fence), or 0 when there is none. */
function frontmatterLastLine(document: GovDocument): number {
  const range = document.frontmatter?.range;
  if (!range) return 0;
  // The block's range may end at the start of the next line (the fence's line break included).
  return range.end.column === 1 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
}

function inFrontmatter(document: GovDocument, line: number): boolean {
  return document.frontmatter !== undefined && line <= frontmatterLastLine(document);
}

function disableLineEdit(document: GovDocument, diagnostic: Diagnostic): TextEdit | undefined {
  const line = diagnostic.range.start.line;
  // An HTML comment inside the YAML front matter would break it: only "for this file" there.
  if (inFrontmatter(document, line)) return undefined;
  const extended = line > 1 ? extendDirective(document, line - 1, 'disable-next-line', diagnostic.rule) : undefined;
  if (extended) return extended;
  const target = lineText(document, line);
  if (!target) return undefined;
  const indent = /^[ \t]*/.exec(target.text)?.[0] ?? '';
  return { start: target.start, end: target.start, newText: `${indent}<!-- govlint-disable-next-line ${diagnostic.rule} -->${document.eol}` };
}

function disableFileEdit(document: GovDocument, rule: string): TextEdit {
  const afterLine = frontmatterLastLine(document) + 1;
  const extended = extendDirective(document, afterLine, 'disable-file', rule);
  if (extended) return extended;
  const at = document.lineStarts[afterLine - 1];
  const comment = `<!-- govlint-disable-file ${rule} -->`;
  if (at === undefined) return { start: document.text.length, end: document.text.length, newText: `${document.eol}${comment}${document.eol}` };
  return { start: at, end: at, newText: `${comment}${document.eol}` };
}

const DISABLE_TITLES = {
  line: { da: (rule: string) => `Slå ${rule} fra for denne linje`, en: (rule: string) => `Disable ${rule} for this line` },
  file: { da: (rule: string) => `Slå ${rule} fra for hele filen`, en: (rule: string) => `Disable ${rule} for this file` },
};

/** Safe fixes of a document that do not overlap, in order. */
export function safeFixEdits(result: LintResult): TextEdit[] {
  const edits = result.diagnostics
    .filter((diagnostic) => diagnostic.fix?.safe && !diagnostic.fix.otherFiles)
    .map((diagnostic) => diagnostic.fix!.edits)
    .filter((group) => group.length > 0)
    .sort((a, b) => a[0]!.start - b[0]!.start);
  const chosen: TextEdit[] = [];
  let end = -1;
  for (const group of edits) {
    const sorted = [...group].sort((a, b) => a.start - b.start);
    if (sorted[0]!.start < end) continue;
    chosen.push(...sorted);
    end = Math.max(...sorted.map((edit) => edit.end));
  }
  return chosen;
}

export function codeActions(context: FeatureContext, params: CodeActionParams, budget: Budget): CodeAction[] {
  const path = context.workspace.pathOf(params.textDocument.uri);
  if (!path || !context.workspace.settings.enable) return [];
  const result = context.diagnostics.fresh(path);
  // Code actions are for open documents; a closed file's findings come from its outline.
  if (!result || !isWholeDocument(result.document)) return [];
  const document = result.document;
  const lang: Lang = context.workspace.langOf(document);
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;

  if (wanted(only, CodeActionKind.QuickFix)) {
    const disabledLine = new Set<string>();
    const disabledFile = new Set<string>();
    const lspDiagnostics = context.diagnostics.lspDiagnostics(result);
    result.diagnostics.forEach((diagnostic, i) => {
      // Each finding costs next to nothing here: stop only when the client gave up.
      if (budget.cancelled) return;
      const lsp: LspDiagnostic = lspDiagnostics[i]!;
      if (!rangesOverlap(lsp.range, params.range)) return;
      const fixes = [...(diagnostic.fix ? [diagnostic.fix] : []), ...(diagnostic.suggestions ?? [])];
      for (const fix of fixes) {
        actions.push({
          title: fix.title[lang],
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          ...(fix.safe || fixes.length === 1 ? { isPreferred: true } : {}),
          edit: fixEdit(context, document, fix),
        });
      }
      const lineKey = `${diagnostic.rule}@${diagnostic.range.start.line}`;
      const lineEdit = disabledLine.has(lineKey) ? undefined : disableLineEdit(document, diagnostic);
      if (lineEdit && lineEdit.newText !== '') {
        disabledLine.add(lineKey);
        actions.push({
          title: DISABLE_TITLES.line[lang](diagnostic.rule),
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          edit: { changes: { [uri]: toLspTextEdits(document, [lineEdit]) } },
        });
      }
      if (!disabledFile.has(diagnostic.rule)) {
        disabledFile.add(diagnostic.rule);
        const fileEdit = disableFileEdit(document, diagnostic.rule);
        if (fileEdit.newText !== '') {
          actions.push({
            title: DISABLE_TITLES.file[lang](diagnostic.rule),
            kind: CodeActionKind.QuickFix,
            diagnostics: [lsp],
            edit: { changes: { [uri]: toLspTextEdits(document, [fileEdit]) } },
          });
        }
      }
    });
  }

  if (only && only.length > 0 && only.some((kind) => wanted([kind], FIX_ALL_KIND))) {
    const edits = safeFixEdits(result);
    if (edits.length > 0) {
      actions.push({
        title: lang === 'da' ? 'Ret alle sikre govlint-fund' : 'Fix all safe govlint findings',
        kind: FIX_ALL_KIND,
        edit: { changes: { [uri]: toLspTextEdits(document, edits) } },
      });
    }
  }
  return actions;
}
