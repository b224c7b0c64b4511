// Renders the report model as one self-contained HTML page: inline CSS, inline SVG, no script,
// no external resource (a Content-Security-Policy forbids any), printable. Every piece of
// document text goes through the escaping `html` template (html.ts).
import type { Lang } from '../../engine/api/model.ts';
import { html, join, raw, truncate, type Html } from './html.ts';
import { formatDate, word, type WordKey } from './i18n.ts';
import { layoutTree } from './layout.ts';
import { CRITERIA, type ActionItem, type Criterion, type ReportDocument, type ReportGoal, type ReportModel, type Score, type TimelineEntry, type TraceNode, type Worst } from './model.ts';
import { summarySentences } from './summary.ts';

export interface RenderOptions {
  /** govlint's version, shown in the footer. */
  version: string;
}

const NODE = { width: 264, height: 64, columnGap: 60, rowGap: 12, margin: 8, header: 30 };

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Splits text into at most two lines of `width` characters at word boundaries; the second is truncated. */
export function twoLines(text: string, width: number, secondWidth = width): [string, string] {
  if ([...text].length <= width) return [text, ''];
  const words = text.split(/\s+/);
  let first = '';
  let i = 0;
  while (i < words.length && [...(first ? `${first} ${words[i]}` : words[i]!)].length <= width) first = first ? `${first} ${words[i++]}` : words[i++]!;
  if (first === '') return [truncate(text, width), ''];
  return [first, truncate(words.slice(i).join(' '), secondWidth)];
}

class Renderer {
  private readonly documents: Map<string, ReportDocument>;
  private readonly goals: Map<string, ReportGoal>;

  constructor(
    private readonly model: ReportModel,
    private readonly options: RenderOptions,
  ) {
    this.documents = new Map(model.documents.map((document) => [document.key, document]));
    this.goals = new Map(model.goals.map((goal) => [goal.key, goal]));
  }

  private get lang(): Lang {
    return this.model.lang;
  }

  private t(key: WordKey, data?: Record<string, string | number>): string {
    return word(key, this.lang, data);
  }

  /** A date in the report's language (`12. marts 2025`); text that is no ISO date stays as written. */
  private date(iso: string): string {
    return formatDate(iso, this.lang);
  }

  /** A goal's deadline: the date in the report's language when it reads as one, else as written. */
  private deadline(goal: ReportGoal): string | undefined {
    return goal.deadlineDate !== undefined ? this.date(goal.deadlineDate) : goal.deadline;
  }

  private levelLabel(level: number): string {
    return this.model.levels[level]?.label[this.lang] ?? this.t('otherType');
  }

  private typeLabel(document: ReportDocument): string {
    return document.level >= 0 ? this.levelLabel(document.level) : (document.type ?? (document.governance ? '—' : this.t('notGovernance')));
  }

  private documentName(document: ReportDocument): string {
    return document.id ?? document.path;
  }

  private severityWord(severity: Worst): string {
    return this.t(severity === 'error' ? 'severityError' : severity === 'warning' ? 'severityWarning' : severity === 'info' ? 'severityInfo' : 'severityNone');
  }

  private statusWord(status: ReportDocument['status']): string {
    return this.t(status);
  }

  private anchor(key: string): string {
    // Anchors are derived from keys but never carry markup: anything outside [A-Za-z0-9_-] is encoded.
    return 'd-' + [...key].map((char) => (/[A-Za-z0-9_-]/.test(char) ? char : `.${char.codePointAt(0)!.toString(16)}`)).join('');
  }

  render(): string {
    const { model } = this;
    const title = `${this.t('pageTitle')} — ${this.date(model.today)}`;
    const sections: Array<[string, WordKey, WordKey, () => Html]> = [
      ['summary', 'summary', 'summary', () => this.summary()],
      ['hierarchy', 'hierarchy', 'hierarchy', () => this.hierarchy()],
      ['trace', 'trace', 'traceShort', () => this.trace()],
      ['smart', 'smart', 'smartShort', () => this.smart()],
      ['timeline', 'timeline', 'timelineShort', () => this.timeline()],
      ['counts', 'counts', 'countsShort', () => this.counts()],
      ['findings', 'findings', 'findings', () => this.findings()],
    ];
    const page = html`<!DOCTYPE html>
<html lang="${this.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="govlint ${this.options.version}">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${raw(CSS)}</style>
</head>
<body>
<a class="skip" href="#main">${this.t('skip')}</a>
<header>
<h1>${this.t('pageTitle')}</h1>
<p class="subtitle">${this.t('subtitle')}</p>
<p class="meta">${this.t('generated', { date: this.date(model.today), version: this.options.version })}</p>
</header>
<nav aria-label="${this.t('contents')}"><ul>${sections.map(([id, , short]) => html`<li><a href="#${id}">${this.t(short)}</a></li>`)}</ul></nav>
<main id="main">
${sections.map(
  ([id, heading, , body]) => html`<section id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${this.t(heading)}</h2>
${body()}
</section>
`,
)}</main>
<footer><p>${this.t('generated', { date: this.date(model.today), version: this.options.version })}</p></footer>
</body>
</html>
`;
    return page.value;
  }

  // ----- Summary ------------------------------------------------------------------------------

  private summary(): Html {
    const { totals } = this.model;
    const card = (label: string, value: string, tone = ''): Html => html`<div class="card ${tone}"><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<div class="lead"><h3>${this.t('inShort')}</h3>
${summarySentences(this.model).map((sentence) => html`<p>${sentence}</p>`)}
</div>
<dl class="cards">
${card(this.t('documents'), String(totals.documents))}
${card(this.t('goals'), String(totals.goals))}
${card(this.t('coveredGoals'), `${totals.coverableGoals - totals.uncoveredGoals} / ${totals.coverableGoals}`, totals.uncoveredGoals > 0 ? 'tone-warning' : 'tone-ok')}
${card(this.t('smartGoals'), CRITERIA.some((criterion) => this.model.criteria[criterion].checked) ? `${totals.smartGoals} / ${totals.goals}` : '–')}
${card(this.t('error'), String(totals.error), totals.error > 0 ? 'tone-error' : 'tone-ok')}
${card(this.t('warning'), String(totals.warning), totals.warning > 0 ? 'tone-warning' : 'tone-ok')}
${card(this.t('info'), String(totals.info))}
${card(this.t('overdueReviews'), String(totals.overdueReviews), totals.overdueReviews > 0 ? 'tone-error' : 'tone-ok')}
${card(this.t('overdueDeadlines'), String(totals.overdueDeadlines), totals.overdueDeadlines > 0 ? 'tone-error' : 'tone-ok')}
</dl>
${this.whoActs()}`;
  }

  private actionWhen(item: ActionItem): string {
    if (item.days === undefined) return '—';
    if (item.days === 0) return this.t('isToday');
    if (item.days < 0) return item.days === -1 ? this.t('dayOverdue') : this.t('daysOverdue', { n: -item.days });
    return item.days === 1 ? this.t('inDay') : this.t('inDays', { n: item.days });
  }

  /** Who must act by when: each owner with the goals they must deliver, the most overdue first. */
  private whoActs(): Html {
    const { actions } = this.model;
    const heading = html`<h3 id="who-h">${this.t('whoActs')}</h3>`;
    if (actions.length === 0) return html`${heading}<p>${this.t('noActions')}</p>`;
    const bodies = actions.map((group) => {
      const size = group.items.length === 1 ? this.t('goalCount') : this.t('goalsCount', { n: group.items.length });
      return html`<tbody>
<tr class="group"><th colspan="4" scope="rowgroup">${group.owner ?? html`<span class="missing">${this.t('noOwner')}</span>`} <span class="muted">(${size}${group.overdue > 0 ? `, ${this.t('overdueCount', { n: group.overdue })}` : ''})</span></th></tr>
${group.items.map((item) => {
  const goal = this.goals.get(item.goalKey)!;
  const document = this.documents.get(goal.documentKey)!;
  return html`<tr class="state-${item.state ?? 'unread'}"><td class="date">${item.date !== undefined ? this.date(item.date) : html`<span class="missing">${this.t('deadlineUnread', { deadline: item.deadline })}</span>`}</td><td class="nowrap">${this.actionWhen(item)}</td><th scope="row"><span class="gid">${goal.id ?? '•'}</span> ${goal.title}</th><td>${document.title}</td></tr>`;
})}
</tbody>`;
    });
    return html`${heading}
<p class="note">${this.t('whoActsNote')}</p>
<div class="scroll"><table class="actions" aria-labelledby="who-h">
<thead><tr><th scope="col">${this.t('deadline')}</th><th scope="col">${this.t('when')}</th><th scope="col">${this.t('goal')}</th><th scope="col">${this.t('document')}</th></tr></thead>
${bodies}
</table></div>`;
  }

  // ----- Hierarchy (SVG) ----------------------------------------------------------------------

  private hierarchy(): Html {
    const nodes = this.model.documents.filter((document) => document.governance);
    if (nodes.length === 0) return html`<p>${this.t('noDocuments')}</p>`;
    const layout = layoutTree(
      nodes.map((document) => ({ key: document.key, level: document.level, ...(document.parentKey !== undefined ? { parentKey: document.parentKey } : {}) })),
      { levels: this.model.levels.length, nodeWidth: NODE.width, nodeHeight: NODE.height, columnGap: NODE.columnGap, rowGap: NODE.rowGap, margin: NODE.margin, header: NODE.header },
    );
    const columnHeadings: Html[] = [];
    for (let column = 0; column < layout.columns; column++) {
      const x = NODE.margin + column * (NODE.width + NODE.columnGap);
      columnHeadings.push(html`<text class="colhead" x="${x}" y="${NODE.margin + 16}">${capitalize(this.levelLabel(column))}</text>`);
    }
    const edges = layout.edges.map((edge) => {
      const from = layout.boxes.get(edge.from)!;
      const to = layout.boxes.get(edge.to)!;
      const y2 = to.y + NODE.height / 2;
      let d: string;
      if (to.column > from.column) {
        const x1 = from.x + NODE.width;
        const y1 = from.y + NODE.height / 2;
        const mid = (x1 + to.x) / 2;
        d = `M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${to.x} ${y2}`;
      } else {
        // A child in the same column or to the left (a hierarchy-order fault): hook round the left side.
        const x1 = from.x;
        const y1 = from.y + NODE.height / 2;
        const left = Math.min(from.x, to.x) - NODE.columnGap / 2 + 6;
        d = `M${x1} ${y1} C${left} ${y1} ${left} ${y2} ${to.x} ${y2}`;
      }
      // An edge that does not go exactly one level down is a hierarchy fault (order or cycle).
      return html`<path class="edge${to.column === from.column + 1 ? '' : ' bad'}" d="${d}"/>`;
    });
    const boxes = nodes.map((document) => this.node(document, layout.boxes.get(document.key)!.x, layout.boxes.get(document.key)!.y));
    const levels = new Set(nodes.map((document) => document.level)).size;
    return html`<div class="legend" role="group" aria-label="${this.t('legend')}">
${(['error', 'warning', 'info', 'none'] as const).map((severity) => html`<span class="swatch worst-${severity}"></span> ${capitalize(this.severityWord(severity))} `)}
<span class="swatch uncovered-swatch"></span> ${this.t('legendUncovered')}
</div>
<div class="scroll">
<svg class="tree" role="img" aria-labelledby="tree-title tree-desc" xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">
<title id="tree-title">${this.t('svgTitle')}</title>
<desc id="tree-desc">${this.t('svgDesc', { documents: nodes.length, levels })}</desc>
${columnHeadings}
<g class="edges">${edges}</g>
${boxes}
</svg>
</div>`;
  }

  private node(document: ReportDocument, x: number, y: number): Html {
    const goals = document.goalKeys.map((key) => this.goals.get(key)!).filter((goal) => goal !== undefined);
    const total = document.counts.error + document.counts.warning + document.counts.info;
    const uncovered = goals.filter((goal) => goal.uncovered);
    const countLabel = total > 0 ? `${total} ${this.t('countsShort').toLocaleLowerCase()}` : '✓';
    const tooltip = [
      `${this.documentName(document)} — ${document.title}`,
      `${capitalize(this.typeLabel(document))} · ${this.statusWord(document.status)}${document.owner ? ` · ${this.t('owner')}: ${document.owner}` : ''}`,
      `${this.t('error')}: ${document.counts.error}, ${this.t('warning')}: ${document.counts.warning}, ${this.t('info')}: ${document.counts.info}`,
      ...(uncovered.length > 0 ? [`${this.t('uncoveredGoals')}: ${uncovered.map((goal) => goal.id).join(', ')}`] : []),
      ...(document.parentId !== undefined && document.parentKey === undefined ? [this.t('parentNotFound', { id: document.parentId })] : []),
    ].join('\n');
    const chips: Html[] = [];
    let cx = 14;
    const maxX = NODE.width - 10;
    for (let i = 0; i < goals.length; i++) {
      const goal = goals[i]!;
      const label = truncate(goal.id ?? '•', 10);
      const width = 10 + [...label].length * 6.4;
      const rest = goals.length - i;
      if (cx + width > maxX - (rest > 1 ? 28 : 0)) {
        chips.push(html`<text class="chipmore" x="${cx + 2}" y="${NODE.height - 12}">+${rest}</text>`);
        break;
      }
      const goalTip = `${goal.id ?? ''} ${goal.title}${goal.uncovered ? ` — ${this.t('uncovered')}` : ''} (${this.severityWord(goal.worst)})`;
      chips.push(
        html`<g class="chip"><title>${goalTip}</title><rect class="worst-${goal.worst}${goal.uncovered ? ' uncovered' : ''}" x="${cx}" y="${NODE.height - 23}" width="${width.toFixed(1)}" height="15" rx="3"/><text x="${(cx + width / 2).toFixed(1)}" y="${NODE.height - 12}" text-anchor="middle">${label}</text></g>`,
      );
      cx += width + 4;
    }
    if (goals.length === 0 && document.owner) {
      chips.push(html`<text class="nowner" x="14" y="${NODE.height - 12}">${truncate(document.owner, 40)}</text>`);
    }
    const orphan = document.parentId !== undefined && document.parentKey === undefined;
    // The title is what a reader knows the document by; the id is in the tooltip and the tables.
    const titleLines = twoLines(document.title, countLabel.length > 2 ? 31 - countLabel.length : 29, 30);
    return html`${orphan ? html`<g class="orphan"><title>${this.t('parentNotFound', { id: document.parentId! })}</title><path class="edge bad" d="M${x - NODE.columnGap / 2} ${y + NODE.height / 2} H${x}"/><text x="${x - NODE.columnGap / 2 - 4}" y="${y + NODE.height / 2 + 4}" text-anchor="end">?</text></g>` : ''}<a href="#${this.anchor(document.key)}" aria-label="${`${this.documentName(document)} — ${document.title} (${this.severityWord(document.worst)})`}"><g class="node" transform="translate(${x} ${y})">
<title>${tooltip}</title>
<rect class="box worst-${document.worst}${document.status === 'retired' ? ' retired' : ''}" width="${NODE.width}" height="${NODE.height}" rx="6"/>
<rect class="bar worst-${document.worst}" width="6" height="${NODE.height}" rx="3"/>
<text class="ntitle" x="14" y="17">${titleLines[0]}</text>
<text class="ncount" x="${NODE.width - 8}" y="17" text-anchor="end">${countLabel}</text>
${titleLines[1] ? html`<text class="ntitle" x="14" y="33">${titleLines[1]}</text>` : html`<text class="nsub" x="14" y="33">${truncate(capitalize(this.typeLabel(document)), 38)}</text>`}
${chips}
</g></a>`;
  }

  // ----- Traceability -------------------------------------------------------------------------

  private goalCell(goal: ReportGoal | undefined, document: ReportDocument | undefined, header: boolean, rowspan: number): Html {
    const attrs = html`${rowspan > 1 ? html` rowspan="${rowspan}"` : ''}${header ? html` scope="rowgroup"` : ''}`;
    const content = goal
      ? html`<span class="gid">${goal.id ?? '•'}</span> ${goal.title}${goal.uncovered ? html` <span class="tag tag-uncovered">${this.t('uncovered')}</span>` : ''}
<div class="gmeta">${document ? html`<a href="#${this.anchor(document.key)}">${this.documentName(document)}</a>` : ''} · ${this.t('owner')}: ${goal.owner ?? '—'} · ${this.t('deadline')}: ${this.deadline(goal) ?? '—'}</div>`
      : document
        ? html`<a href="#${this.anchor(document.key)}">${this.documentName(document)}</a> (${this.t('wholeDocument')}) ${document.title}
<div class="gmeta">${this.t('owner')}: ${document.owner ?? '—'} · ${this.t('review')}: ${document.review !== undefined ? this.date(document.review) : '—'}</div>`
        : html`—`;
    const cls = `worst-cell cell-${goal ? goal.worst : (document?.worst ?? 'none')}`;
    return header ? html`<th class="${cls}"${attrs}>${content}</th>` : html`<td class="${cls}"${attrs}>${content}</td>`;
  }

  private trace(): Html {
    const { model } = this;
    if (model.trace.length === 0) return html`<p>${this.t('noPolicyGoals', { level: this.levelLabel(0) })}</p>`;
    const leaves = (node: TraceNode): number => (node.children.length === 0 ? 1 : node.children.reduce((sum, child) => sum + leaves(child), 0));
    const depth = (node: TraceNode): number => 1 + Math.max(0, ...node.children.map(depth));
    const columns = Math.max(model.levels.length, 1 + Math.max(0, ...model.trace.flatMap((row) => row.carriers.map(depth))));
    const headings: Html[] = [];
    for (let column = 0; column < columns; column++) {
      headings.push(html`<th scope="col">${column < model.levels.length ? `${capitalize(this.levelLabel(column))}: ${this.t('goals').toLocaleLowerCase()}` : ''}</th>`);
    }
    const bodies = model.trace.map((row) => {
      const goal = this.goals.get(row.goalKey)!;
      const document = this.documents.get(goal.documentKey);
      const rows: Html[][] = [];
      const emit = (node: TraceNode, column: number, current: Html[]): void => {
        const span = leaves(node);
        current.push(this.goalCell(node.goalKey ? this.goals.get(node.goalKey) : undefined, this.documents.get(node.documentKey), false, span));
        if (node.children.length === 0) {
          if (column < columns - 1) {
            const carried = node.goalKey ? this.goals.get(node.goalKey) : undefined;
            current.push(
              carried?.uncovered ? html`<td class="none uncovered-cell" colspan="${columns - 1 - column}">${this.t('noCarrier')}</td>` : html`<td class="none" colspan="${columns - 1 - column}"></td>`,
            );
          }
          rows.push(current);
          return;
        }
        node.children.forEach((child, i) => emit(child, column + 1, i === 0 ? current : []));
      };
      const first: Html[] = [
        this.goalCell(
          goal,
          document,
          true,
          Math.max(
            1,
            row.carriers.reduce((sum, node) => sum + leaves(node), 0),
          ),
        ),
      ];
      if (row.carriers.length === 0) {
        first.push(html`<td class="uncovered-cell" colspan="${columns - 1}">${this.t('noCarrier')}</td>`);
        rows.push(first);
      } else {
        row.carriers.forEach((node, i) => emit(node, 1, i === 0 ? first : []));
      }
      return html`<tbody>${rows.map((cells) => html`<tr>${cells}</tr>`)}</tbody>`;
    });
    return html`<div class="scroll"><table class="trace">
<caption>${this.t('trace')}</caption>
<thead><tr>${headings}</tr></thead>
${bodies}
</table></div>`;
  }

  // ----- SMART scorecard ----------------------------------------------------------------------

  private scoreCell(criterion: string, score: Score, reason: string | undefined): Html {
    const symbol = score === 'pass' ? '✓' : score === 'fail' ? '✗' : '–';
    const label = `${criterion}: ${this.t(score)}`;
    return html`<td class="score ${score}" title="${reason ? `${label} — ${reason}` : label}"><span aria-hidden="true">${symbol}</span><span class="sr">${label}</span></td>`;
  }

  /**
   * Under the goal's title: its statement (the body; the title is already shown) and why each
   * criterion is met or not, as text, since paper has no tooltips. Unmet criteria get a line each;
   * the met ones share one line.
   */
  private goalDetails(goal: ReportGoal): Html {
    const statement = goal.statement.startsWith(goal.title) ? goal.statement.slice(goal.title.length).trim() : goal.statement.trim();
    const withReason = (score: Score): Criterion[] => CRITERIA.filter((criterion) => goal.scorecard[criterion] === score && goal.reasons[criterion] !== undefined);
    const failed = withReason('fail');
    const passed = withReason('pass');
    const reason = (criterion: Criterion, score: Score): Html =>
      html`<span class="rmark" aria-hidden="true">${score === 'pass' ? '✓' : '✗'}</span> <b>${criterion}</b><span class="sr"> (${this.t(score)})</span>: ${goal.reasons[criterion]}`;
    const items = [
      ...failed.map((criterion) => html`<li class="fail">${reason(criterion, 'fail')}</li>`),
      ...(passed.length > 0
        ? [
            html`<li class="pass">${join(
              passed.map((criterion) => reason(criterion, 'pass')),
              ' · ',
            )}</li>`,
          ]
        : []),
    ];
    return html`${statement ? html`<p class="statement">${statement}</p>` : ''}${items.length > 0 ? html`<ul class="reasons">${items}</ul>` : ''}`;
  }

  private smart(): Html {
    const { model } = this;
    if (model.goals.length === 0) return html`<p>${this.t('noGoals')}</p>`;
    const byDocument = new Map<string, ReportGoal[]>();
    for (const goal of model.goals) {
      let list = byDocument.get(goal.documentKey);
      if (!list) byDocument.set(goal.documentKey, (list = []));
      list.push(goal);
    }
    const columnCount = 5 + CRITERIA.length;
    const bodies = [...byDocument.entries()].map(([documentKey, goals]) => {
      const document = this.documents.get(documentKey)!;
      return html`<tbody>
<tr class="group"><th colspan="${columnCount}" scope="rowgroup"><a href="#${this.anchor(document.key)}">${this.documentName(document)}</a> — ${document.title} <span class="muted">(${this.typeLabel(document)})</span></th></tr>
${goals.map((goal) => {
  const carried = goal.level >= 0 && goal.level < model.levels.length - 1 && goal.id !== undefined;
  return html`<tr>
<th scope="row" class="cell-${goal.worst}"><span class="gid">${goal.id ?? '•'}</span> ${goal.title}${this.goalDetails(goal)}</th>
${CRITERIA.map((criterion) => this.scoreCell(criterion, goal.scorecard[criterion], goal.reasons[criterion]))}
<td>${goal.owner ?? html`<span class="missing">—</span>`}</td>
<td class="date">${this.deadline(goal) ?? html`<span class="missing">—</span>`}</td>
<td>${carried ? (goal.uncovered ? html`<span class="tag tag-uncovered">${this.t('uncovered')}</span>` : String(goal.carriers.length)) : '—'}</td>
<td class="num">${goal.findings.length}</td>
</tr>`;
})}
</tbody>`;
    });
    return html`<p class="note">${this.t('smartLegend')}</p>
<div class="scroll"><table class="smart">
<caption>${this.t('smart')}</caption>
<thead><tr><th scope="col">${this.t('goal')}</th>${CRITERIA.map((criterion) => html`<th scope="col" class="score">${criterion}</th>`)}<th scope="col">${this.t('owner')}</th><th scope="col">${this.t('deadline')}</th><th scope="col">${this.t('carriedBy')}</th><th scope="col">${this.t('countsShort')}</th></tr></thead>
${bodies}
</table></div>`;
  }

  // ----- Timeline -----------------------------------------------------------------------------

  private relative(entry: TimelineEntry): string {
    if (entry.days === 0) return this.t('isToday');
    if (entry.days < 0) return entry.days === -1 ? this.t('dayOverdue') : this.t('daysOverdue', { n: -entry.days });
    return entry.days === 1 ? this.t('inDay') : this.t('inDays', { n: entry.days });
  }

  private entryText(entry: TimelineEntry): { what: string; owner: string | undefined; goal: ReportGoal | undefined } {
    const goal = entry.goalKey ? this.goals.get(entry.goalKey) : undefined;
    const document = this.documents.get(entry.documentKey);
    if (goal) return { what: `${this.t('deadlineOf', { goal: goal.id ?? '•' })}: ${goal.title}`, owner: goal.owner ?? document?.owner, goal };
    return { what: this.t('reviewOf'), owner: document?.owner, goal };
  }

  private timeline(): Html {
    const { model } = this;
    if (model.timeline.length === 0) return html`<p>${this.t('noTimeline')}</p>`;
    const groups: Array<[WordKey, TimelineEntry[]]> = [
      ['overdue', model.timeline.filter((entry) => entry.state === 'overdue')],
      ['today', model.timeline.filter((entry) => entry.state === 'today')],
      ['upcoming', model.timeline.filter((entry) => entry.state === 'upcoming')],
    ];
    const bodies = groups
      .filter(([, entries]) => entries.length > 0)
      .map(
        ([label, entries]) => html`<tbody>
<tr class="group"><th colspan="5" scope="rowgroup">${this.t(label)} (${entries.length})</th></tr>
${entries.map((entry) => {
  const { what, owner } = this.entryText(entry);
  const document = this.documents.get(entry.documentKey)!;
  return html`<tr class="state-${entry.state}"><td class="date">${this.date(entry.date)}</td><td class="nowrap">${this.relative(entry)}</td><th scope="row">${what}</th><td class="nowrap"><a href="#${this.anchor(document.key)}">${this.documentName(document)}</a></td><td>${owner ?? '—'}</td></tr>`;
})}
</tbody>`,
      );
    return html`${this.timelineStrip()}
<div class="scroll"><table class="timeline">
<caption>${this.t('timeline')}</caption>
<thead><tr><th scope="col">${this.t('date')}</th><th scope="col">${this.t('when')}</th><th scope="col">${this.t('what')}</th><th scope="col">${this.t('document')}</th><th scope="col">${this.t('owner')}</th></tr></thead>
${bodies}
</table></div>`;
  }

  /** A strip from a year before today to three years after; entries outside are drawn at the ends. */
  private timelineStrip(): Html {
    const { model } = this;
    const [year, month, day] = model.today.split('-').map(Number) as [number, number, number];
    const dayOf = (iso: string): number => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return Date.UTC(y, m - 1, d) / 86_400_000;
    };
    const today = Date.UTC(year, month - 1, day) / 86_400_000;
    const start = Date.UTC(year - 1, month - 1, 1) / 86_400_000;
    const end = Date.UTC(year + 3, month - 1, 1) / 86_400_000;
    const width = 900;
    const left = 16;
    const right = width - 16;
    const axisY = 70;
    const xOf = (dayNumber: number): number => left + ((Math.min(end, Math.max(start, dayNumber)) - start) / (end - start)) * (right - left);
    const ticks: Html[] = [];
    for (let y = year; y <= year + 3; y++) {
      const x = xOf(Date.UTC(y, 0, 1) / 86_400_000);
      if (x <= left || x >= right) continue;
      ticks.push(
        html`<line class="tick" x1="${x.toFixed(1)}" y1="${axisY - 4}" x2="${x.toFixed(1)}" y2="${axisY + 4}"/><text class="ticklabel" x="${x.toFixed(1)}" y="${axisY + 18}" text-anchor="middle">${y}</text>`,
      );
    }
    const stacks = new Map<number, number>();
    const markers = model.timeline.map((entry) => {
      const x = xOf(dayOf(entry.date));
      const bucket = Math.round(x / 9);
      const level = stacks.get(bucket) ?? 0;
      stacks.set(bucket, level + 1);
      const cy = axisY - 12 - Math.min(level, 4) * 11;
      const { what } = this.entryText(entry);
      const document = this.documents.get(entry.documentKey)!;
      const tip = `${this.date(entry.date)} (${this.relative(entry)}): ${this.documentName(document)} — ${what}`;
      const shape =
        entry.kind === 'review'
          ? html`<rect class="mark state-${entry.state}" x="${(x - 4.5).toFixed(1)}" y="${cy - 4.5}" width="9" height="9"/>`
          : html`<circle class="mark state-${entry.state}" cx="${x.toFixed(1)}" cy="${cy}" r="4.5"/>`;
      return html`<g><title>${tip}</title>${shape}</g>`;
    });
    const todayX = xOf(today);
    return html`<svg class="strip" role="img" aria-labelledby="strip-title" xmlns="http://www.w3.org/2000/svg" width="${width}" height="100" viewBox="0 0 ${width} 100">
<title id="strip-title">${this.t('timeline')}: ${model.timeline.filter((entry) => entry.state === 'overdue').length} ${this.t('overdue').toLocaleLowerCase()}, ${model.timeline.filter((entry) => entry.state !== 'overdue').length} ${this.t('upcoming').toLocaleLowerCase()}</title>
<line class="axis" x1="${left}" y1="${axisY}" x2="${right}" y2="${axisY}"/>
${ticks}
<line class="todayline" x1="${todayX.toFixed(1)}" y1="8" x2="${todayX.toFixed(1)}" y2="${axisY + 6}"/>
<text class="todaylabel" x="${(todayX + 4).toFixed(1)}" y="14">${this.t('today')} ${this.date(model.today)}</text>
${markers}
</svg>
<p class="note"><span class="swatch state-overdue-swatch"></span> ${this.t('overdue')} <span class="swatch state-upcoming-swatch"></span> ${this.t('upcoming')} · ■ ${this.t('review')} · ● ${this.t('deadline')}</p>`;
  }

  // ----- Counts and findings ------------------------------------------------------------------

  private counts(): Html {
    const { model } = this;
    const ruleTable =
      model.rules.length === 0
        ? html`<p>${this.t('noFindings')}</p>`
        : html`<div class="scroll"><table class="counts">
<caption>${this.t('rule')}</caption>
<thead><tr><th scope="col">${this.t('rule')}</th><th scope="col" class="num">${this.t('error')}</th><th scope="col" class="num">${this.t('warning')}</th><th scope="col" class="num">${this.t('info')}</th><th scope="col" class="num">${this.t('files')}</th></tr></thead>
<tbody>${model.rules.map(
            (rule) =>
              html`<tr><th scope="row"><code>${rule.rule}</code>${rule.description ? html`<div class="muted">${rule.description[this.lang]}</div>` : ''}</th><td class="num">${rule.counts.error || ''}</td><td class="num">${rule.counts.warning || ''}</td><td class="num">${rule.counts.info || ''}</td><td class="num">${rule.files}</td></tr>`,
          )}</tbody>
</table></div>`;
    const documentRows = model.documents.map(
      (document) =>
        html`<tr id="${this.anchor(document.key)}"><th scope="row" class="cell-${document.worst}">${this.documentName(document)}${document.id !== undefined ? html`<div class="muted">${document.path}</div>` : ''}</th><td>${document.title}</td><td>${this.typeLabel(document)}</td><td>${document.owner ?? html`<span class="missing">—</span>`}</td><td class="date">${document.review !== undefined ? this.date(document.review) : '—'}</td><td class="num">${document.counts.error || ''}</td><td class="num">${document.counts.warning || ''}</td><td class="num">${document.counts.info || ''}</td><td class="num">${document.counts.error + document.counts.warning + document.counts.info}</td></tr>`,
    );
    return html`<h3>${this.t('rule')}</h3>
${ruleTable}
<h3>${this.t('documents')}</h3>
<div class="scroll"><table class="counts">
<caption>${this.t('documents')}</caption>
<thead><tr><th scope="col">${this.t('document')}</th><th scope="col">${this.t('titleColumn')}</th><th scope="col">${this.t('type')}</th><th scope="col">${this.t('owner')}</th><th scope="col">${this.t('review')}</th><th scope="col" class="num">${this.t('error')}</th><th scope="col" class="num">${this.t('warning')}</th><th scope="col" class="num">${this.t('info')}</th><th scope="col" class="num">${this.t('total')}</th></tr></thead>
<tbody>${documentRows}</tbody>
</table></div>`;
  }

  private findings(): Html {
    const withFindings = this.model.documents.filter((document) => document.findings.length > 0);
    if (withFindings.length === 0) return html`<p>${this.t('noFindings')}</p>`;
    return join(
      withFindings.map(
        (document) => html`<details open>
<summary><span class="swatch worst-${document.worst}"></span> ${this.documentName(document)} — ${document.title} (${document.findings.length})</summary>
<table class="findings">
<thead><tr><th scope="col">${this.t('line')}</th><th scope="col">${this.t('status')}</th><th scope="col">${this.t('rule')}</th><th scope="col">${this.t('message')}</th></tr></thead>
<tbody>${document.findings.map((finding) => html`<tr><td class="num"${finding.paragraph ? html` title="${finding.paragraph.where}"` : ''}>${finding.paragraph ? finding.paragraph.mark : finding.line}</td><td class="cell-${finding.severity}">${this.severityWord(finding.severity)}</td><td><code>${finding.rule}</code></td><td>${finding.message}</td></tr>`)}</tbody>
</table>
</details>`,
      ),
      '\n',
    );
  }
}

/** Renders the model as a complete HTML document. */
export function renderReport(model: ReportModel, options: RenderOptions): string {
  return new Renderer(model, options).render();
}

const CSS = `
:root{--error:#b3261e;--error-bg:#fdecea;--warning:#8a5300;--warning-bg:#fff3dc;--info:#1a5fb4;--info-bg:#e7f0fb;--ok:#2e7d32;--ok-bg:#e8f4e9;--ink:#1d1d1f;--muted:#5f6368;--line:#d0d4d9;--paper:#fff;--accent:#0b4f8a}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:1180px;padding:24px 28px 48px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--paper)}
h1{font-size:28px;margin:0 0 4px}h2{font-size:21px;margin:36px 0 12px;padding-top:8px;border-top:2px solid var(--line)}h3{font-size:17px;margin:22px 0 8px}
a{color:var(--accent)}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
.subtitle{margin:0;color:var(--muted);font-size:17px}.meta{margin:4px 0 0;color:var(--muted);font-size:13px}
nav ul{list-style:none;padding:0;margin:16px 0 0;display:flex;flex-wrap:wrap;gap:6px 18px}nav a{text-decoration:none}nav a:hover{text-decoration:underline}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px;margin:0}
.card{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:6px;padding:8px 12px}.card dt{font-size:13px;color:var(--muted)}.card dd{margin:2px 0 0;font-size:24px;font-weight:600}
.tone-error{border-left-color:var(--error)}.tone-warning{border-left-color:var(--warning)}.tone-ok{border-left-color:var(--ok)}
.scroll{overflow-x:auto}
svg.tree{display:block;max-width:100%;height:auto;font-family:inherit}
svg .colhead{font-size:13px;font-weight:600;fill:var(--muted);text-transform:uppercase;letter-spacing:.04em}
svg .edge{fill:none;stroke:#8a9099;stroke-width:1.4}svg .edge.bad{stroke:var(--error);stroke-dasharray:5 3}svg .orphan text{font-size:16px;font-weight:700;fill:var(--error)}
svg .box{stroke-width:1.5}svg .box.retired{stroke-dasharray:5 3;opacity:.75}
svg .ncount{font-size:11px;fill:var(--muted)}svg .ntitle{font-size:12px;font-weight:600;fill:var(--ink)}svg .nsub{font-size:11px;fill:var(--muted)}svg .nowner{font-size:11px;fill:var(--muted)}
svg .chip text{font-size:10px;fill:var(--ink);font-weight:600}svg .chip rect{stroke-width:1}svg .chipmore{font-size:10.5px;fill:var(--muted)}
svg rect.uncovered{stroke:var(--error)!important;stroke-width:1.6;stroke-dasharray:3 2;fill:#fff!important}
svg a:focus .box,svg a:hover .box{stroke-width:3}
.worst-error{fill:var(--error-bg);stroke:var(--error);background:var(--error-bg);border-color:var(--error)}
.worst-warning{fill:var(--warning-bg);stroke:var(--warning);background:var(--warning-bg);border-color:var(--warning)}
.worst-info{fill:var(--info-bg);stroke:var(--info);background:var(--info-bg);border-color:var(--info)}
.worst-none{fill:var(--ok-bg);stroke:var(--ok);background:var(--ok-bg);border-color:var(--ok)}
svg .bar.worst-error{fill:var(--error)}svg .bar.worst-warning{fill:var(--warning)}svg .bar.worst-info{fill:var(--info)}svg .bar.worst-none{fill:var(--ok)}
.legend{font-size:13px;color:var(--muted);margin:0 0 8px}
.swatch{display:inline-block;width:12px;height:12px;border:1.5px solid;border-radius:3px;vertical-align:-1px;margin-left:8px}
.uncovered-swatch{border:1.6px dashed var(--error);background:#fff}
.state-overdue-swatch{background:var(--error);border-color:var(--error);border-radius:50%}.state-upcoming-swatch{background:var(--info);border-color:var(--info);border-radius:50%}
table{border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:14px}
caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
thead th{background:#f3f5f7;font-weight:600}
tr.group th{background:#f8f9fa;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.nowrap{white-space:nowrap}tbody th{font-weight:600}td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
.gid{font-weight:700}
.gmeta,.muted{font-size:12px;color:var(--muted);font-weight:400}
.tag{display:inline-block;font-size:11px;font-weight:600;padding:0 6px;border-radius:8px}
.tag-uncovered{color:var(--error);border:1px dashed var(--error);background:#fff}
.uncovered-cell{color:var(--error);font-style:italic;background:var(--error-bg)}
td.none{background:#fafafa}
.cell-error{box-shadow:inset 4px 0 0 var(--error)}.cell-warning{box-shadow:inset 4px 0 0 var(--warning)}.cell-info{box-shadow:inset 4px 0 0 var(--info)}.cell-none{box-shadow:inset 4px 0 0 var(--ok)}
td.score,th.score{text-align:center;width:2.2em;font-weight:700}
td.score.pass{color:var(--ok);background:var(--ok-bg)}td.score.fail{color:var(--error);background:var(--error-bg)}td.score.unchecked{color:var(--muted)}
.missing{color:var(--error)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.note{font-size:13px;color:var(--muted)}
svg.strip{display:block;max-width:100%;height:auto}
svg .axis{stroke:#8a9099;stroke-width:1.5}svg .tick{stroke:#8a9099}svg .ticklabel{font-size:11px;fill:var(--muted)}
svg .todayline{stroke:var(--ink);stroke-dasharray:3 3}svg .todaylabel{font-size:11px;fill:var(--ink)}
svg .mark{stroke:#fff;stroke-width:1}svg .mark.state-overdue{fill:var(--error)}svg .mark.state-today{fill:var(--warning)}svg .mark.state-upcoming{fill:var(--info)}
tr.state-overdue td.date{color:var(--error);font-weight:600}
details{border:1px solid var(--line);border-radius:6px;margin:6px 0;padding:4px 10px}summary{cursor:pointer;font-weight:600}
.lead{border:1px solid var(--line);border-left:5px solid var(--accent);border-radius:6px;padding:4px 14px;margin:0 0 14px}.lead h3{margin:8px 0 4px}.lead p{margin:4px 0 8px}
.statement{margin:3px 0 0;font-weight:400;font-style:italic}
.reasons{margin:4px 0 0;padding:0;list-style:none;font-size:12.5px;font-weight:400}.reasons li{margin:2px 0}.reasons li.fail .rmark,.reasons li.fail b{color:var(--error)}.reasons li.pass{color:var(--muted)}.reasons li.pass .rmark,.reasons li.pass b{color:var(--ok)}
table.smart tbody th[scope=row]{min-width:22em}
tr.group{break-after:avoid;page-break-after:avoid}
tr.state-overdue td.date,tr.state-unread td.date{color:var(--error);font-weight:600}
footer{margin-top:40px;color:var(--muted);font-size:12px;border-top:1px solid var(--line)}
@media print{
  @page{size:A4;margin:14mm}
  body{max-width:none;padding:0;font-size:11pt}
  nav,.skip{display:none}
  h2,h3{break-after:avoid;page-break-after:avoid}
  #hierarchy{break-before:page;page-break-before:always}
  section{break-inside:auto}
  tr,.card,svg .node{break-inside:avoid;page-break-inside:avoid}
  thead{display:table-header-group}
  .scroll{overflow:visible}
  a{color:inherit;text-decoration:none}
  svg.tree{max-width:100%}
  details{border:0;padding:0}details>summary{list-style:none;cursor:auto;font-size:12pt}details>summary::-webkit-details-marker{display:none}
  .reasons{font-size:9.5pt}.statement{font-size:10pt}
  table{font-size:9.5pt}
}
`;
