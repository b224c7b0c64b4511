// Quick fixes: every finding's fix and suggestions, "disable for this line / this file", and
// `source.fixAll.govlint` (all safe fixes of a document at once, as `--fix` makes them).
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { goalHeadlineRange, type Diagnostic, type Fix, type Goal, type GovDocument, type Lang, type TextEdit } from '../../engine/api/model.ts';
import { ruleName } from '../../engine/api/rules.ts';
import type { Budget } from '../budget.ts';
import { containsOffset, offsetsToRange, positionToOffset, rangesOverlap, toLspTextEdits, toSnippets } from '../convert.ts';
import type { FeatureContext } from './context.ts';
import { isWholeDocument } from '../workspace-shared.ts';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.govlint`;

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

/** A fix's edits as snippet edits, in document order, their placeholders numbered once across all of them (tab order = reading order). */
function snippetEdits(document: GovDocument, edits: readonly TextEdit[]): Array<{ range: ReturnType<typeof offsetsToRange>; snippet: { kind: 'snippet'; value: string } }> {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const values = toSnippets(sorted.map((edit) => edit.newText));
  return sorted.map((edit, i) => ({ range: offsetsToRange(document, edit.start, edit.end), snippet: { kind: 'snippet', value: values[i]! } }));
}

/** A workspace edit for a fix: the document's edits (as a snippet where the client can tab through placeholders) and edits in other files. */
function fixEdit(context: FeatureContext, document: GovDocument, fix: Fix): WorkspaceEdit {
  const uri = context.snapshot.uriOf(document.path);
  const others: Array<[string, ReturnType<typeof toLspTextEdits>]> = [];
  for (const [path, edits] of Object.entries(fix.otherFiles ?? {})) {
    const other = context.snapshot.document(path);
    if (other) others.push([context.snapshot.uriOf(path), toLspTextEdits(other, edits)]);
  }
  if (context.client.snippetEdits && fix.placeholders) {
    const buffer = context.snapshot.buffer(document.path);
    const documentChanges: TextDocumentEdit[] = [
      {
        textDocument: { uri, version: buffer?.version ?? null },
        edits: snippetEdits(document, fix.edits),
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

/** Adds `rules` to an existing directive line of the same kind (an empty edit when it has them all), or undefined when there is none. */
function extendDirective(document: GovDocument, line: number, kind: string, add: readonly string[]): TextEdit | undefined {
  const existing = lineText(document, line);
  const match = existing ? DIRECTIVE_LINE.exec(existing.text) : null;
  if (!existing || !match || match[2] !== kind) return undefined;
  const rules = match[3]!.split(/[\s,]+/).filter(Boolean);
  const missing = add.filter((rule) => !rules.includes(rule));
  if (missing.length === 0) return { start: existing.start, end: existing.start, newText: '' };
  return { start: existing.start, end: existing.end, newText: `${match[1]}<!-- govlint-${kind} ${[...rules, ...missing].join(' ')} -->` };
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
  const extended = line > 1 ? extendDirective(document, line - 1, 'disable-next-line', [diagnostic.rule]) : undefined;
  if (extended) return extended;
  const target = lineText(document, line);
  if (!target) return undefined;
  const indent = /^[ \t]*/.exec(target.text)?.[0] ?? '';
  return { start: target.start, end: target.start, newText: `${indent}<!-- govlint-disable-next-line ${diagnostic.rule} -->${document.eol}` };
}

function disableFileEdit(document: GovDocument, rules: readonly string[]): TextEdit {
  const afterLine = frontmatterLastLine(document) + 1;
  const extended = extendDirective(document, afterLine, 'disable-file', rules);
  if (extended) return extended;
  const at = document.lineStarts[afterLine - 1];
  const comment = `<!-- govlint-disable-file ${rules.join(' ')} -->`;
  if (at === undefined) return { start: document.text.length, end: document.text.length, newText: `${document.eol}${comment}${document.eol}` };
  return { start: at, end: at, newText: `${comment}${document.eol}` };
}

/** `"Uspecifikt mål"`, `"Uspecifikt mål" og "Manglende frist"`, `"a", "b" og "c"`. */
function namesOf(rules: readonly string[], lang: Lang): string {
  const names = rules.map((rule) => `"${ruleName(rule, lang)}"`);
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${names.at(-1)}`;
}

const DISABLE_TITLES = {
  line: { da: (names: string) => `Slå ${names} fra for denne linje`, en: (names: string) => `Disable ${names} for this line` },
  file: { da: (names: string) => `Slå ${names} fra for hele filen`, en: (names: string) => `Disable ${names} for this file` },
};

/** The goal whose statement (heading or first paragraph) holds `offset`. */
function goalAt(document: GovDocument, offset: number): Goal | undefined {
  return document.goals.find(
    (goal) =>
      containsOffset(goal.titleRange, offset) ||
      (goal.statementRange !== undefined && containsOffset(goal.statementRange, offset)) ||
      (goal.idRange !== undefined && containsOffset(goal.idRange, offset)),
  );
}

export function codeActions(context: FeatureContext, params: CodeActionParams, budget: Budget): CodeAction[] {
  const path = context.snapshot.pathOf(params.textDocument.uri);
  if (!path || !context.snapshot.settings.enable) return [];
  const result = context.snapshot.findings(path);
  // Code actions are for open documents; a closed file's findings come from its outline.
  if (!result || !isWholeDocument(result.document)) return [];
  const document = result.document;
  const lang: Lang = context.snapshot.langOf(document);
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const uri = params.textDocument.uri;

  if (wanted(only, CodeActionKind.QuickFix)) {
    const lspDiagnostics = context.snapshot.lspDiagnostics(result);
    // The findings about a goal sit on its heading; on its statement (where a user looks) they are offered too.
    const goal = goalAt(document, positionToOffset(document, params.range.start));
    const headline = goal ? goalHeadlineRange(goal) : undefined;
    const fixActions = new Map<string, CodeAction>();
    const lineRules: Array<{ rule: string; lsp: LspDiagnostic; edit: TextEdit }> = [];
    const fileRules: Array<{ rule: string; lsp: LspDiagnostic }> = [];
    result.diagnostics.forEach((diagnostic, i) => {
      // Each finding costs next to nothing here: stop only when the client gave up.
      if (budget.cancelled) return;
      const lsp: LspDiagnostic = lspDiagnostics[i]!;
      const underCursor = rangesOverlap(lsp.range, params.range);
      const ofGoal = headline !== undefined && diagnostic.range.start.line === headline.start.line && diagnostic.range.start.offset >= headline.start.offset;
      if (!underCursor && !ofGoal) return;
      const fixes = [...(diagnostic.fix ? [diagnostic.fix] : []), ...(diagnostic.suggestions ?? [])];
      for (const fix of fixes) {
        // Several findings of one goal offer the same rewrite: one entry, naming them all.
        const key = `${fix.title[lang]}\u0000${JSON.stringify(fix.edits)}\u0000${JSON.stringify(fix.otherFiles ?? {})}`;
        const existing = fixActions.get(key);
        const preferred = fix.safe || fixes.length === 1;
        if (existing) {
          existing.diagnostics!.push(lsp);
          if (preferred) existing.isPreferred = true;
          continue;
        }
        fixActions.set(key, {
          title: fix.title[lang],
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          ...(preferred ? { isPreferred: true } : {}),
          edit: fixEdit(context, document, fix),
        });
      }
      // Disabling is offered where the finding is, one entry per rule.
      if (!underCursor) return;
      if (!fileRules.some((entry) => entry.rule === diagnostic.rule)) fileRules.push({ rule: diagnostic.rule, lsp });
      if (lineRules.some((entry) => entry.rule === diagnostic.rule)) return;
      const lineEdit = disableLineEdit(document, diagnostic);
      if (lineEdit && lineEdit.newText !== '') lineRules.push({ rule: diagnostic.rule, lsp, edit: lineEdit });
    });
    actions.push(...fixActions.values());
    for (const { rule, lsp, edit } of lineRules) {
      actions.push({
        title: DISABLE_TITLES.line[lang](namesOf([rule], lang)),
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: { changes: { [uri]: toLspTextEdits(document, [edit]) } },
      });
    }
    // For the whole file: one entry for the rules found here.
    if (fileRules.length > 0) {
      const rules = fileRules.map((entry) => entry.rule);
      const fileEdit = disableFileEdit(document, rules);
      if (fileEdit.newText !== '') {
        actions.push({
          title: DISABLE_TITLES.file[lang](namesOf(rules, lang)),
          kind: CodeActionKind.QuickFix,
          diagnostics: fileRules.map((entry) => entry.lsp),
          edit: { changes: { [uri]: toLspTextEdits(document, [fileEdit]) } },
        });
      }
    }
  }

  if (only && only.length > 0 && only.some((kind) => wanted([kind], FIX_ALL_KIND))) {
    // The fixes `--fix` would make to this document, by the engine's one applier and policy.
    const { edits } = context.snapshot.fixDocument(document, result.diagnostics);
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
