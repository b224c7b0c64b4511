// The offline page: the user pastes, types or drops documents; the engine lints them here, in
// the page, and the findings are shown beside the text. Nothing is fetched or sent: the page's
// Content-Security-Policy allows no connection at all.
import { findingViews, htmlReport, isWordPath, lintedText, LintSession, type FindingView, type Lang, type SourcesResult } from '../engine.ts';
import { EXAMPLE } from './example.ts';
import { importFiles, type GivenFile } from './import.ts';
import { defaultLang, say, TEXTS, type TextKey } from './texts.ts';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const ui = {
  lang: element<HTMLSelectElement>('lang'),
  drop: element<HTMLElement>('drop'),
  files: element<HTMLInputElement>('files'),
  folder: element<HTMLInputElement>('folder'),
  example: element<HTMLButtonElement>('example'),
  clear: element<HTMLButtonElement>('clear'),
  fileNav: element<HTMLElement>('file-nav'),
  fileList: element<HTMLUListElement>('file-list'),
  text: element<HTMLTextAreaElement>('text'),
  converted: element<HTMLElement>('converted'),
  status: element<HTMLElement>('status'),
  problems: element<HTMLElement>('problems'),
  report: element<HTMLButtonElement>('report'),
  findings: element<HTMLOListElement>('finding-list'),
};

interface State {
  lang: Lang;
  /** Path → text, in the order given (a Word document's: the text the engine converted it to, filled in by each check). */
  files: Map<string, string>;
  /** Path → the bytes of a file as given, until its text is edited: the engine reads them as the CLI reads a file. */
  bytes: Map<string, Uint8Array>;
  current: string;
  result?: SourcesResult;
  /** Milliseconds the last check took (lint and render). */
  lastMs: number;
  notes: string[];
}

const startLang = defaultLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
const state: State = { lang: startLang, files: new Map([[TEXTS[startLang].untitled, '']]), bytes: new Map(), current: TEXTS[startLang].untitled, lastMs: 0, notes: [] };

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The page's fixed words in the chosen language. */
function applyLanguage(): void {
  document.documentElement.lang = state.lang;
  ui.lang.value = state.lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-t]')) node.textContent = say(state.lang, node.dataset.t as TextKey);
}

/** Files that are documents to the engine (not the configuration). */
function isLinted(path: string): boolean {
  return path.toLowerCase().endsWith('.md') || isWordPath(path);
}

/** Shows the current file's text; a Word document's converted text is shown read-only (its findings point into it). */
function showText(): void {
  const word = isWordPath(state.current);
  ui.text.value = state.files.get(state.current) ?? '';
  ui.text.readOnly = word;
  ui.converted.hidden = !word;
}

function renderFiles(): void {
  const paths = [...state.files.keys()];
  ui.fileNav.hidden = paths.length < 2;
  ui.fileList.replaceChildren(
    ...paths.map((path) => {
      const item = make('li');
      const button = make('button', 'file', path);
      button.type = 'button';
      button.dataset.path = path;
      const count = state.result?.diagnostics.filter((diagnostic) => diagnostic.file === path).length ?? 0;
      if (isLinted(path)) button.append(' ', make('span', 'count', `(${say(state.lang, 'findingsOf', { count })})`));
      if (path === state.current) button.setAttribute('aria-current', 'true');
      button.addEventListener('click', () => select(path));
      item.append(button);
      return item;
    }),
  );
}

/** A goal's SMART card; open on the goal's first finding, folded on the others (it is the same card). */
function smartTable(view: NonNullable<FindingView['smart']>, open: boolean): HTMLElement {
  const details = make('details', 'smart');
  details.open = open;
  details.append(make('summary', undefined, say(state.lang, 'smart', { score: view.score, assessed: view.assessed })));
  const list = make('ul');
  for (const line of view.lines) {
    const verdict = line.met === true ? 'met' : line.met === false ? 'notMet' : 'notAssessed';
    const item = make('li', `criterion ${verdict}`);
    const mark = make('span', 'mark', line.met === true ? '✓' : line.met === false ? '✗' : '–');
    mark.setAttribute('aria-hidden', 'true');
    item.append(mark, ' ', make('strong', undefined, `${line.letter} ${line.name}`), ` (${say(state.lang, verdict)}): ${line.reason}`);
    list.append(item);
  }
  details.append(list);
  return details;
}

/** Selects a finding's text in the text area. */
function showInText(view: FindingView): void {
  ui.text.focus();
  ui.text.setSelectionRange(view.start, Math.max(view.start, view.end));
  // Scroll the selection into view: the text area scrolls to the caret on focus in most browsers; help the rest.
  const lineHeight = parseFloat(getComputedStyle(ui.text).lineHeight) || 18;
  ui.text.scrollTop = Math.max(0, (view.line - 3) * lineHeight);
}

function renderFinding(view: FindingView, firstOnGoal: boolean): HTMLLIElement {
  const item = make('li', `finding ${view.severity}`);
  item.dataset.rule = view.rule;
  const head = make('p', 'head');
  head.append(make('span', `severity ${view.severity}`, say(state.lang, view.severity)), ' ', make('code', 'rule', view.rule));
  if (view.goal !== undefined) head.append(' ', make('span', 'goal', say(state.lang, 'goal', { goal: view.goal })));
  // In a Word document the place is the paragraph, as the CLI prints it (`¶14`); the words say where it is among the headings.
  const where = make('button', 'goto', view.paragraph ? view.paragraph.mark : say(state.lang, 'line', { line: view.line, column: view.column }));
  if (view.paragraph) where.setAttribute('aria-label', say(state.lang, 'paragraph', { mark: view.paragraph.mark }));
  where.type = 'button';
  where.title = say(state.lang, 'goto');
  where.addEventListener('click', () => showInText(view));
  head.append(' ', where);
  item.append(head, make('p', 'message', view.message));
  if (view.paragraph) item.append(make('p', 'where', `↳ ${view.paragraph.where}`));
  if (view.smart) item.append(smartTable(view.smart, firstOnGoal));
  for (const rewrite of view.rewrites) {
    const box = make('div', 'rewrite');
    box.append(make('p', 'rewrite-title', `${say(state.lang, 'rewrite')}: ${rewrite.title}`), make('pre', undefined, rewrite.text));
    item.append(box);
  }
  return item;
}

function renderFindings(): void {
  const result = state.result;
  const notes = [...state.notes];
  if (result?.configError) notes.push(say(state.lang, 'configError', { detail: result.configError }));
  ui.problems.hidden = notes.length === 0;
  ui.problems.textContent = notes.join(' ');
  const text = state.files.get(state.current) ?? '';
  if (!result || (state.files.size === 1 && text.trim() === '')) {
    ui.findings.replaceChildren();
    ui.status.textContent = say(state.lang, 'empty');
    ui.report.disabled = true;
    return;
  }
  const views = findingViews(result, state.current, state.lang);
  const goalsShown = new Set<string>();
  ui.findings.replaceChildren(
    ...views.map((view) => {
      const first = view.goal !== undefined && !goalsShown.has(view.goal);
      if (view.goal !== undefined) goalsShown.add(view.goal);
      return renderFinding(view, first);
    }),
  );
  ui.status.textContent =
    views.length === 0
      ? say(state.lang, 'noFindings', { file: state.current })
      : say(state.lang, 'summary', { count: views.length, file: state.current, files: result.files, ms: Math.round(state.lastMs) });
  ui.report.disabled = result.documents === 0;
}

/** Remembers each file's document and findings: after an edit, only the edited file is parsed again. */
const session = new LintSession();

/** Lints every file and shows the findings of the current one. */
function check(): void {
  const started = performance.now();
  state.result = session.lint(
    [...state.files].map(([path, text]) => {
      const bytes = state.bytes.get(path);
      return bytes ? { path, bytes } : { path, text };
    }),
  );
  // A Word document is shown as the engine read it: its converted text, which the findings' offsets point into.
  for (const path of state.bytes.keys()) {
    if (!isWordPath(path)) continue;
    state.files.set(path, lintedText(state.result, path) ?? '');
    if (path === state.current && ui.text.value !== state.files.get(path)) showText();
  }
  renderFiles();
  state.lastMs = performance.now() - started;
  renderFindings();
  // For tests and measurements: how many checks have run, and how long the last one took.
  ui.findings.dataset.run = String(Number(ui.findings.dataset.run ?? '0') + 1);
  ui.findings.dataset.ms = String(Math.round(performance.now() - started));
}

let pending: number | undefined;
/** A paste is under way: the input event it causes is checked at once. */
let pasted = false;

/** Checks soon after typing stops; a paste or a drop is checked at once. */
function checkSoon(delay: number): void {
  if (pending !== undefined) clearTimeout(pending);
  pending = window.setTimeout(() => {
    pending = undefined;
    check();
  }, delay);
}

function select(path: string): void {
  state.current = path;
  showText();
  renderFiles();
  renderFindings();
}

/** Replaces the files with those given (a new project), showing the first Markdown file. */
async function take(given: readonly GivenFile[]): Promise<void> {
  if (given.length === 0) return;
  const outcome = await importFiles(given);
  state.notes = [];
  if (outcome.pdf.length > 0) state.notes.push(say(state.lang, 'pdf', { files: outcome.pdf.join(', ') }));
  if (outcome.skipped.length > 0) state.notes.push(say(state.lang, 'skipped', { files: outcome.skipped.join(', ') }));
  if (outcome.unreadable.length > 0) state.notes.push(say(state.lang, 'unreadable', { files: outcome.unreadable.join(', ') }));
  if (outcome.sources.length === 0) {
    renderFindings();
    return;
  }
  const sorted = [...outcome.sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  state.files = new Map(sorted.map((source) => [source.path, source.text]));
  state.bytes = new Map(sorted.flatMap((source) => (source.bytes ? [[source.path, source.bytes] as const] : [])));
  const first = sorted.find((source) => isLinted(source.path)) ?? sorted[0]!;
  state.current = first.path;
  showText();
  check();
}

function givenFromInput(files: FileList | null): GivenFile[] {
  return [...(files ?? [])].map((file) => ({ path: file.webkitRelativePath || file.name, read: () => file.arrayBuffer() }));
}

/** Every file below a dropped folder, with its path from the folder's name down. */
async function filesOfEntry(entry: FileSystemEntry, into: GivenFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ path: entry.fullPath.replace(/^\//, ''), read: () => file.arrayBuffer() });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries gives a folder's entries in batches, until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) {
      if (child.name === 'node_modules' || child.name === '.git') continue;
      await filesOfEntry(child, into);
    }
  }
}

async function givenFromDrop(transfer: DataTransfer): Promise<GivenFile[]> {
  const entries = [...transfer.items].map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.length > 0 && entries.every((entry) => entry !== null)) {
    const given: GivenFile[] = [];
    for (const entry of entries) await filesOfEntry(entry, given);
    return given;
  }
  return givenFromInput(transfer.files);
}

ui.lang.addEventListener('change', () => {
  state.lang = ui.lang.value === 'en' ? 'en' : 'da';
  applyLanguage();
  renderFiles();
  renderFindings();
});
ui.text.addEventListener('input', () => {
  state.files.set(state.current, ui.text.value);
  state.bytes.delete(state.current);
  checkSoon(pasted ? 0 : 150);
  pasted = false;
});
ui.text.addEventListener('paste', () => (pasted = true));
ui.files.addEventListener('change', () => void take(givenFromInput(ui.files.files)).then(() => (ui.files.value = '')));
ui.folder.addEventListener('change', () => void take(givenFromInput(ui.folder.files)).then(() => (ui.folder.value = '')));
for (const target of [ui.drop, ui.text]) {
  target.addEventListener('dragover', (event) => {
    event.preventDefault();
    ui.drop.classList.add('over');
  });
  target.addEventListener('dragleave', () => ui.drop.classList.remove('over'));
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.drop.classList.remove('over');
    if (event.dataTransfer) void givenFromDrop(event.dataTransfer).then(take);
  });
}
ui.example.addEventListener('click', () => {
  state.files = new Map([[TEXTS[state.lang].untitled, EXAMPLE[state.lang]]]);
  state.bytes = new Map();
  state.current = TEXTS[state.lang].untitled;
  state.notes = [];
  showText();
  check();
});
ui.clear.addEventListener('click', () => {
  state.files = new Map([[TEXTS[state.lang].untitled, '']]);
  state.bytes = new Map();
  state.current = TEXTS[state.lang].untitled;
  state.notes = [];
  showText();
  check();
  ui.text.focus();
});
ui.report.addEventListener('click', () => {
  if (!state.result) return;
  const blob = new Blob([htmlReport(state.result, state.lang)], { type: 'text/html;charset=utf-8' });
  const link = make('a');
  link.href = URL.createObjectURL(blob);
  link.download = say(state.lang, 'reportName');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
});

applyLanguage();
check();
