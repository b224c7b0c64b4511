// Completion of document ids after `parent:`/`overordnet:` and of goal IDs after
// `implements:`/`udmønter:` (front matter, also as a YAML list) and in `Udmønter:`/`Implements:` goal fields.
import { CompletionItemKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver/node';
import type { GovDocument } from '../../engine/api/model.ts';
import type { Budget } from '../budget.ts';
import { positionToOffset } from '../convert.ts';
import type { FeatureContext } from './context.ts';

const PARENT_KEY = /^\s*(parent|overordnet)\s*:\s*["']?$/i;
const IMPLEMENTS_KEY = /^\s*(implements|udmønter)\s*:/i;
const ANY_KEY = /^([A-Za-zæøåÆØÅ][\wæøåÆØÅ-]*)\s*:/;
const SEQUENCE_ITEM = /^\s*-\s*["']?$/;
const GOAL_FIELD = /^\s*(?:[-*+]|\d+[.)])\s+(udmønter|bidrager til|implements|contributes to)\s*:/i;
const MAX_ITEMS = 500;

type Slot = 'parent' | 'goal';

function slotAt(document: GovDocument, line: number, before: string): Slot | undefined {
  const frontmatter = document.frontmatter;
  const inFrontmatter = frontmatter !== undefined && line + 1 > frontmatter.range.start.line && line + 1 < frontmatter.range.end.line;
  if (inFrontmatter) {
    if (PARENT_KEY.test(before)) return 'parent';
    if (IMPLEMENTS_KEY.test(before)) return 'goal';
    if (SEQUENCE_ITEM.test(before)) {
      // A list item under `implements:`: find the key it belongs to.
      for (let l = line - 1; l >= frontmatter.range.start.line; l--) {
        const start = document.lineStarts[l]!;
        const text = document.text.slice(start, document.lineStarts[l + 1] ?? document.text.length);
        const key = ANY_KEY.exec(text);
        if (key) return IMPLEMENTS_KEY.test(text) ? 'goal' : undefined;
      }
    }
    return undefined;
  }
  return GOAL_FIELD.test(before) ? 'goal' : undefined;
}

export function completion(context: FeatureContext, uri: string, position: Position, budget: Budget): CompletionList {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  const path = context.snapshot.pathOf(uri);
  if (!path) return empty;
  const document = context.snapshot.document(path);
  if (!document) return empty;
  const offset = positionToOffset(document, position);
  const lineStart = document.lineStarts[position.line] ?? 0;
  const before = document.text.slice(lineStart, offset);
  // The word being typed: after the last space, comma, bracket or quote.
  const word = /[^\s,[\]"']*$/.exec(before)?.[0] ?? '';
  const slot = slotAt(document, position.line, before.slice(0, before.length - word.length));
  if (!slot) return empty;
  const replace = { start: { line: position.line, character: position.character - word.length }, end: position };
  const { index } = context.snapshot;
  const lang = context.snapshot.langOf(document);
  const items: CompletionItem[] = [];

  if (slot === 'parent') {
    const ownLevel = context.snapshot.config.levels.findIndex((level) => level.type === document.meta.type);
    const above = ownLevel > 0 ? context.snapshot.config.levels[ownLevel - 1]!.type : undefined;
    for (const id of index.ids()) {
      if (budget.exhausted || items.length >= MAX_ITEMS) break;
      if (id === document.meta.id) continue;
      const target = index.resolve(id);
      const preferred = above !== undefined && target?.meta.type === above;
      items.push({
        label: id,
        kind: CompletionItemKind.Reference,
        detail: target?.meta.title,
        documentation: target ? `${target.meta.type ?? ''} · ${lang === 'da' ? 'ansvarlig' : 'owner'}: ${target.meta.owner ?? '–'}` : undefined,
        sortText: `${preferred ? '0' : '1'}${id}`,
        textEdit: { range: replace, newText: id },
      });
    }
    return { isIncomplete: budget.exhausted, items };
  }

  const parent = index.parentOf(document);
  if (parent) {
    for (const goal of parent.goals) {
      if (!goal.id) continue;
      items.push({ label: goal.id, kind: CompletionItemKind.Reference, detail: goal.title, documentation: parent.meta.title, sortText: `0${goal.id}`, textEdit: { range: replace, newText: goal.id } });
    }
  }
  // Goals of other documents, qualified (`doc#M1`), after the parent's.
  for (const other of index.documents()) {
    if (budget.exhausted || items.length >= MAX_ITEMS) break;
    if (other === parent || other.path === document.path || !other.meta.id) continue;
    for (const goal of other.goals) {
      if (!goal.id) continue;
      const label = `${other.meta.id}#${goal.id}`;
      items.push({
        label,
        kind: CompletionItemKind.Reference,
        detail: goal.title,
        documentation: other.meta.title,
        sortText: `1${label}`,
        filterText: label,
        textEdit: { range: replace, newText: label },
      });
    }
  }
  return { isIncomplete: budget.exhausted || items.length >= MAX_ITEMS, items };
}
