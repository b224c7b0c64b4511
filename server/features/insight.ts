// Hover (SMART scorecard and who carries a goal out; a reference's target) and code lenses.
import { MarkupKind, type CodeLens, type Hover, type Position } from 'vscode-languageserver/node';
import { goalHeadlineRange, PRONOUN_OWNER_NOTE, type DocumentOutline, type Goal, type GoalOutline, type GovDocument, type Lang } from '../../engine/api/model.ts';
import type { Budget } from '../budget.ts';
import { toLspRange } from '../convert.ts';
import type { FeatureContext } from './context.ts';
import { resolveGoal } from './locate.ts';
import { scorecard } from './scorecard.ts';
import { targetAt } from './navigation.ts';
import { isWholeDocument } from '../workspace-shared.ts';

/** Documents that carry a goal out (retired ones do not count). */
export function carriedOutBy(context: FeatureContext, document: DocumentOutline, goal: GoalOutline): DocumentOutline[] {
  if (!document.meta.id || !goal.id || !context.snapshot.index.isResolutionOfId(document)) return [];
  return context.snapshot.index.referencersOfGoal(document.meta.id, goal.id).filter((other) => other.meta.status !== 'retired' && other.path !== document.path);
}

function documentLabel(document: DocumentOutline): string {
  return document.meta.title ?? document.meta.id ?? document.path;
}

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** How the hover says where a goal's owner was read when it is not its owner field. */
const OWNER_SOURCE: Record<'statement' | 'pronoun' | 'document', Record<Lang, string>> = {
  statement: { da: ' (handler i målets tekst)', en: ' (acts in the statement)' },
  // (The report names such an owner in the same words: "They (named before the goal)".)
  pronoun: { da: ` (${PRONOUN_OWNER_NOTE.da})`, en: ` (${PRONOUN_OWNER_NOTE.en})` },
  document: { da: ' (dokumentets ansvarlige)', en: " (the document's owner)" },
};

function goalCard(context: FeatureContext, document: GovDocument, goal: Goal, lang: Lang, markdown: boolean): string {
  const result = context.snapshot.findings(document.path);
  const card = scorecard(document, goal, result?.diagnostics ?? [], context.snapshot.config, context.snapshot.today, lang);
  const heading = `${goal.id ? `${goal.id} ` : ''}${goal.title}`;
  const lines: string[] = [markdown ? `**${escape(heading)}** — SMART ${card.score}/5` : `${heading} — SMART ${card.score}/5`, ''];
  for (const line of card.lines) {
    const mark = line.met === true ? '✓' : line.met === false ? '✗' : '–';
    lines.push(markdown ? `- ${mark} **${line.letter}** ${line.name}: ${escape(line.reason)}` : `${mark} ${line.letter} ${line.name}: ${line.reason}`);
  }
  if (card.owner) {
    const label = lang === 'da' ? 'Ansvarlig' : 'Owner';
    const how = card.owner.source === 'field' ? '' : OWNER_SOURCE[card.owner.pronoun ? 'pronoun' : card.owner.source][lang];
    lines.push('', markdown ? `${label}: ${escape(card.owner.text)}${how}` : `${label}: ${card.owner.text}${how}`);
  }
  const carriers = carriedOutBy(context, document, goal);
  lines.push('');
  const label = lang === 'da' ? 'Udmøntes af' : 'Carried out by';
  if (carriers.length === 0) lines.push(`${label}: ${lang === 'da' ? 'ingen dokumenter' : 'no documents'}`);
  else {
    lines.push(`${label}:`);
    for (const carrier of carriers) {
      const name = documentLabel(carrier);
      lines.push(markdown ? `- [${escape(name)}](${context.snapshot.uriOf(carrier.path)}) (${escape(carrier.meta.id ?? carrier.path)})` : `- ${name} (${carrier.meta.id ?? carrier.path})`);
    }
  }
  return lines.join('\n');
}

function documentCard(target: DocumentOutline, lang: Lang, markdown: boolean): string[] {
  const labels = lang === 'da' ? { owner: 'Ansvarlig', review: 'Revision', type: 'Type' } : { owner: 'Owner', review: 'Review', type: 'Type' };
  const none = lang === 'da' ? '(ingen)' : '(none)';
  const title = documentLabel(target);
  return [
    markdown ? `**${escape(title)}** (\`${target.meta.id ?? target.path}\`)` : `${title} (${target.meta.id ?? target.path})`,
    '',
    `${labels.type}: ${target.meta.type ?? none} · ${labels.owner}: ${target.meta.owner ?? none} · ${labels.review}: ${target.meta.review ?? none}`,
  ];
}

export function hover(context: FeatureContext, uri: string, position: Position, _budget: Budget): Hover | null {
  const found = targetAt(context, uri, position);
  if (!found) return null;
  const { document, target } = found;
  const lang = context.snapshot.langOf(document);
  const markdown = context.client.markdownHover;
  const contents = (value: string): Hover => ({
    contents: markdown ? { kind: MarkupKind.Markdown, value } : { kind: MarkupKind.PlainText, value },
    range: toLspRange(target.range),
  });
  if (target.kind === 'goal' && target.declaration && target.goal) return contents(goalCard(context, document, target.goal, lang, markdown));
  if (target.kind === 'document') {
    const other = context.snapshot.index.resolve(target.id);
    if (!other) return contents(lang === 'da' ? `Intet dokument har id "${target.id}".` : `No document has id "${target.id}".`);
    return contents(documentCard(other, lang, markdown).join('\n'));
  }
  const resolved = resolveGoal(context.snapshot.index, target, document);
  if (!resolved) {
    return contents(lang === 'da' ? `Mål ${target.goalId} findes ikke i "${target.documentId ?? '?'}".` : `Goal ${target.goalId} does not exist in "${target.documentId ?? '?'}".`);
  }
  // The target may be a closed file, indexed as an outline: its fields are read from the file.
  const goal = context.snapshot.document(resolved.document.path)?.goals.find((candidate) => candidate.id === resolved.goal.id) ?? { ...resolved.goal, fields: [] };
  const fields = goal.fields.filter((field) => field.key === 'owner' || field.key === 'deadline').map((field) => `${field.rawKey}: ${field.value}`);
  const lines = [
    markdown ? `**${escape(`${goal.id} ${goal.title}`)}**` : `${goal.id} ${goal.title}`,
    ...(fields.length > 0 ? ['', fields.join(' · ')] : []),
    '',
    ...documentCard(resolved.document, lang, markdown),
  ];
  return contents(lines.join('\n'));
}

export function codeLenses(context: FeatureContext, uri: string, budget: Budget): CodeLens[] {
  const path = context.snapshot.pathOf(uri);
  if (!path) return [];
  const result = context.snapshot.findings(path);
  const document = result?.document;
  // Lenses are for open documents; a closed file's findings come from its outline.
  if (!result || !document || !isWholeDocument(document)) return [];
  budget.restart();
  const lang = context.snapshot.langOf(document);
  const lenses: CodeLens[] = [];
  for (const goal of document.goals) {
    if (budget.exhausted) break;
    if (!goal.id) continue;
    const count = carriedOutBy(context, document, goal).length;
    const card = scorecard(document, goal, result.diagnostics, context.snapshot.config, context.snapshot.today, lang);
    const carried = lang === 'da' ? `udmøntes af ${count} ${count === 1 ? 'dokument' : 'dokumenter'}` : `carried out by ${count} ${count === 1 ? 'document' : 'documents'}`;
    const range = toLspRange(goalHeadlineRange(goal));
    lenses.push({ range, command: { title: `${carried} · SMART ${card.score}/5`, command: '' } });
  }
  return lenses;
}
