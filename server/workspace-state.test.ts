// The one owner of a project's document state, without a connection: every read parses the
// buffers that changed first, so findings read through the snapshot follow an edit of another
// document at once; a closed buffer gives way to its file; the scheduler is told what is
// outdated and what changed, and keeps nothing of its own. The browser workspace (files held in
// memory) is the state on a platform without a disk; the Node one differs only in reading files.
import type { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { lateByStatementFixture } from '../rules/hierarchy/support/test-docs.ts';
import { ServerWorkspace } from './workspace.browser.ts';
import type { LintResult, StateListener } from './workspace-state.ts';

const ROOT = 'vscode-test-web://mount/ws';
const FIXTURE = lateByStatementFixture();

/** The open buffers, as the LSP library's TextDocuments holds them. */
class Buffers {
  private readonly documents = new Map<string, TextDocument>();
  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }
  all(): TextDocument[] {
    return [...this.documents.values()];
  }
  open(path: string, text: string): TextDocument {
    const document = TextDocument.create(`${ROOT}/${path}`, 'markdown', 1, text);
    this.documents.set(document.uri, document);
    return document;
  }
  edit(document: TextDocument, search: string, replacement: string): void {
    const text = document.getText();
    const at = text.indexOf(search);
    expect(at).toBeGreaterThan(-1);
    TextDocument.update(document, [{ range: { start: document.positionAt(at), end: document.positionAt(at + search.length) }, text: replacement }], document.version + 1);
  }
  close(document: TextDocument): void {
    this.documents.delete(document.uri);
  }
}

class Recorder implements StateListener {
  readonly events: string[] = [];
  outdated(paths: ReadonlySet<string>, edit: boolean): void {
    this.events.push(`outdated ${[...paths].sort().join(',')}${edit ? ' (edit)' : ''}`);
  }
  changed(path: string, _result: LintResult): void {
    this.events.push(`changed ${path}`);
  }
  dropped(path: string): void {
    this.events.push(`dropped ${path}`);
  }
}

async function loaded(): Promise<{ workspace: ServerWorkspace; buffers: Buffers; recorder: Recorder }> {
  const buffers = new Buffers();
  const workspace = new ServerWorkspace(buffers as unknown as TextDocuments<TextDocument>, () => undefined);
  workspace.fixedToday = '2026-11-25';
  workspace.setRoot(ROOT);
  workspace.reader = async () => Object.entries(FIXTURE).map(([path, text]) => ({ uri: `${ROOT}/${path}`, text }));
  await workspace.load();
  const recorder = new Recorder();
  workspace.listen(recorder);
  return { workspace, buffers, recorder };
}

/** 1-based lines of the deadline-after-parent findings of a path, read through a snapshot. */
const late = (workspace: ServerWorkspace, path: string) =>
  workspace
    .snapshot()
    .findings(path)
    ?.diagnostics.filter((diagnostic) => diagnostic.rule === 'deadline-after-parent')
    .map((diagnostic) => diagnostic.range.start.line);

describe('the workspace state', () => {
  it("reads a closed parent's deadlines from its outline, written in its statement, in words in its field and in its target field", async () => {
    const { workspace } = await loaded();
    expect(late(workspace, 'sn.md')).toEqual([17, 21, 30]);
  });

  it('gives the findings of a document after an edit of the document it reads, with no call in between', async () => {
    const { workspace, buffers, recorder } = await loaded();
    expect(late(workspace, 'sn.md')).toEqual([17, 21, 30]);
    const politik = buffers.open('politik.md', FIXTURE['politik.md']);
    buffers.edit(politik, 'senest 31. december 2027.', 'senest 31. december 2030.');
    expect(late(workspace, 'sn.md')).toEqual([21, 30]);
    expect(recorder.events).toContain('outdated politik.md,sn.md (edit)');
    buffers.edit(politik, 'Frist: senest 31. december 2027', 'Frist: senest 31. december 2030');
    expect(late(workspace, 'sn.md')).toEqual([30]);
    buffers.edit(politik, 'under 10 % senest 31. december 2027', 'under 10 % senest 31. december 2030');
    expect(late(workspace, 'sn.md')).toEqual([]);
    expect(workspace.snapshot().document('politik.md')?.text).toContain('Frist: senest 31. december 2030');
  });

  it('puts back the file of a buffer closed without saving, and outdates what read it', async () => {
    const { workspace, buffers, recorder } = await loaded();
    const politik = buffers.open('politik.md', FIXTURE['politik.md']);
    buffers.edit(politik, 'M1 Skolegang', 'M7 Skolegang');
    expect(
      workspace
        .snapshot()
        .index.get('politik.md')
        ?.goals.map((goal) => goal.id),
    ).toEqual(['M7', 'M2', 'M3']);
    recorder.events.length = 0;
    buffers.close(politik);
    expect(
      workspace
        .snapshot()
        .index.get('politik.md')
        ?.goals.map((goal) => goal.id),
    ).toEqual(['M1', 'M2', 'M3']);
    expect(workspace.snapshot().document('politik.md')?.text).toBe(FIXTURE['politik.md']);
    expect(recorder.events).toEqual(['outdated politik.md,sn.md']);
    expect(late(workspace, 'sn.md')).toEqual([17, 21, 30]);
  });

  it('tells the scheduler which findings changed, and which are outdated, without it keeping any', async () => {
    const { workspace, buffers, recorder } = await loaded();
    expect(workspace.outdatedCount).toBe(2);
    workspace.lint('politik.md');
    workspace.lint('sn.md');
    expect(workspace.outdatedCount).toBe(0);
    expect(recorder.events).toEqual(['changed politik.md', 'changed sn.md']);
    recorder.events.length = 0;
    // The same findings again: nothing is announced.
    const politik = buffers.open('politik.md', FIXTURE['politik.md']);
    workspace.sync();
    expect(workspace.isOutdated('politik.md')).toBe(true);
    workspace.lint('politik.md');
    expect(recorder.events).toEqual(['outdated politik.md (edit)']);
    buffers.close(politik);
    workspace.fileDeleted('politik.md');
    expect(recorder.events.slice(1)).toEqual(['outdated politik.md,sn.md', 'dropped politik.md']);
  });
});
