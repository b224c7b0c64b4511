// Document symbols (sections and goals, nested) and workspace symbols (documents and goals).
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver/node';
import { goalHeadlineRange, type Goal, type GoalOutline, type Section } from '../../engine/api/model.ts';
import type { Budget } from '../budget.ts';
import { toLspRange } from '../convert.ts';
import type { FeatureContext } from './context.ts';
import { idDeclarationRange } from './locate.ts';

function goalName(goal: GoalOutline): string {
  return goal.id ? `${goal.id} ${goal.title}` : goal.title;
}

function goalSymbol(goal: Goal, lang: 'da' | 'en', children: DocumentSymbol[] = []): DocumentSymbol {
  return {
    name: goalName(goal) || (goal.id ?? '?'),
    detail: lang === 'da' ? 'mål' : 'goal',
    kind: SymbolKind.Event,
    range: toLspRange(goal.range),
    selectionRange: toLspRange(goalHeadlineRange(goal)),
    children,
  };
}

export function documentSymbols(context: FeatureContext, uri: string, budget: Budget): DocumentSymbol[] {
  const path = context.snapshot.pathOf(uri);
  const document = path ? context.snapshot.document(path) : undefined;
  if (!document) return [];
  const lang = context.snapshot.langOf(document);
  const headingGoals = new Map<number, Goal>();
  const listGoals: Goal[] = [];
  for (const goal of document.goals) {
    if (goal.kind === 'heading') headingGoals.set(goal.range.start.offset, goal);
    else listGoals.push(goal);
  }
  const placed = new Set<Goal>();
  const build = (section: Section): DocumentSymbol => {
    const children = section.children.map(build);
    for (const goal of listGoals) {
      if (placed.has(goal)) continue;
      const inChild = section.children.some((child) => goal.range.start.offset >= child.range.start.offset && goal.range.start.offset < child.range.end.offset);
      if (!inChild && goal.range.start.offset >= section.range.start.offset && goal.range.start.offset < section.range.end.offset) {
        placed.add(goal);
        children.push(goalSymbol(goal, lang));
      }
    }
    children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const goal = headingGoals.get(section.headingRange.start.offset) ?? headingGoals.get(section.range.start.offset);
    if (goal) {
      placed.add(goal);
      return { ...goalSymbol(goal, lang, children), range: toLspRange(section.range) };
    }
    return {
      name: section.title || '#',
      kind: SymbolKind.String,
      range: toLspRange(section.range),
      selectionRange: toLspRange(section.headingRange),
      children,
    };
  };
  const symbols: DocumentSymbol[] = [];
  for (const section of document.sections) {
    if (budget.exhausted) break;
    symbols.push(build(section));
  }
  for (const goal of document.goals) if (!placed.has(goal)) symbols.push(goalSymbol(goal, lang));
  return symbols;
}

/** Case-insensitive fuzzy match as editors do it: the query's first letter starts a word, the rest follow in order. */
function matches(query: string, name: string): boolean {
  const needle = query.toLowerCase().replace(/\s+/g, '');
  if (!needle) return true;
  const haystack = name.toLowerCase();
  if (haystack.includes(needle)) return true;
  let at = -1;
  for (let i = 0; i < haystack.length; i++) {
    if (haystack[i] === needle[0] && (i === 0 || /[^\p{L}\p{N}]/u.test(haystack[i - 1]!))) {
      at = i + 1;
      break;
    }
  }
  if (at === -1) return false;
  for (const char of needle.slice(1)) {
    at = haystack.indexOf(char, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

const MAX_SYMBOLS = 1000;

/** Documents and goals matching `query`, over every project (one list, at most MAX_SYMBOLS long). */
export async function workspaceSymbols(contexts: readonly FeatureContext[], query: string, budget: Budget): Promise<SymbolInformation[]> {
  const result: SymbolInformation[] = [];
  for (const context of contexts) {
    for (const document of context.snapshot.index.documents()) {
      if (budget.exhausted || result.length >= MAX_SYMBOLS) return result;
      await budget.breathe();
      if (!document.frontmatter && document.goals.length === 0) continue;
      const uri = context.snapshot.uriOf(document.path);
      const name = document.meta.title ?? document.meta.id ?? document.path;
      if (matches(query, name) || (document.meta.id && matches(query, document.meta.id))) {
        result.push({ name, kind: SymbolKind.File, location: { uri, range: toLspRange(idDeclarationRange(document)) }, containerName: document.meta.id ?? document.path });
      }
      for (const [i, goal] of document.goals.entries()) {
        if ((i & 255) === 255) await budget.breathe();
        const goalLabel = goalName(goal);
        if (!matches(query, goalLabel)) continue;
        result.push({ name: goalLabel, kind: SymbolKind.Event, location: { uri, range: toLspRange(goalHeadlineRange(goal)) }, containerName: name });
      }
    }
  }
  return result;
}
