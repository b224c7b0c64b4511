// Diagnostics over a real stdio connection: on start for the whole workspace (closed files
// included), as the user types, across files through the incremental index, from disk changes,
// settings and pull requests.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspTestClient, messageText } from './lsp-client.ts';

// Other rule families land concurrently; the assertions look at document and hierarchy rules.
const STABLE = new Set([
  'frontmatter-missing',
  'frontmatter-invalid',
  'id-duplicate',
  'missing-owner',
  'review-overdue',
  'review-interval',
  'required-section',
  'parent-missing',
  'parent-unknown',
  'hierarchy-order',
  'hierarchy-cycle',
  'implements-unknown',
  'goal-uncovered',
  'deadline-after-parent',
  'stale-child',
]);
const codes = (diagnostics: Diagnostic[]) =>
  diagnostics
    .map((diagnostic) => String(diagnostic.code))
    .filter((code) => STABLE.has(code))
    .sort();
const has = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === code);
const lacks = (code: string) => (diagnostics: Diagnostic[]) => !diagnostics.some((diagnostic) => diagnostic.code === code);

describe('push diagnostics', { timeout: 120_000 }, () => {
  let client: LspTestClient;
  // The machine running the tests may be busy: generous timeouts, explicit waits inside.
  beforeAll(async () => {
    client = await LspTestClient.start();
  }, 120_000);
  afterAll(() => client.stop());

  it('publishes the whole workspace on start, closed files included, with code, href, source, related and the document language', async () => {
    const sn = await client.waitFor('serviceniveau.md', has('implements-unknown'));
    expect(codes(sn)).toEqual(['frontmatter-invalid', 'goal-uncovered', 'implements-unknown', 'missing-owner']);
    const unknown = sn.find((diagnostic) => diagnostic.code === 'implements-unknown')!;
    expect(unknown).toMatchObject({
      source: 'govlint',
      codeDescription: { href: 'https://github.com/govlint/govlint/blob/main/rules/hierarchy/implements-unknown.md' },
      message: '"boernepolitik" har intet mål M3 — mente du "M1" eller "M2"?',
      range: { start: { line: 29, character: 12 }, end: { line: 29, character: 14 } },
    });
    expect(unknown.relatedInformation).toEqual([
      { location: { uri: client.uri('politik.md'), range: { start: { line: 23, character: 4 }, end: { line: 23, character: 50 } } }, message: 'Mål M1 i "boernepolitik"' },
      { location: { uri: client.uri('politik.md'), range: { start: { line: 29, character: 4 }, end: { line: 29, character: 20 } } }, message: 'Mål M2 i "boernepolitik"' },
    ]);
    // Tags: an outdated legal reference is marked deprecated (struck through in editors).
    const outdated = sn.find((diagnostic) => diagnostic.code === 'legal-reference-outdated');
    expect(outdated).toMatchObject({ tags: [2] /* DiagnosticTag.Deprecated */, range: { start: { line: 33 } } });
    // English document, English messages.
    const rl = await client.waitFor('retningslinje.md', has('review-overdue'));
    expect(rl.find((diagnostic) => diagnostic.code === 'review-overdue')!.message).toBe('The document was due for review by 2025-06-01 (542 days ago).');
    expect(codes(await client.waitFor('noter.md', has('frontmatter-missing')))).toEqual(['frontmatter-missing']);
    expect(codes(await client.waitFor('politik.md', has('goal-uncovered')))).toEqual(['goal-uncovered']);
  });

  it('re-lints as the user types (incremental sync), versioned', async () => {
    await client.open('serviceniveau.md');
    const version = await client.replace('serviceniveau.md', 'Udmønter: M3', 'Udmønter: M2');
    const diagnostics = await client.waitFor('serviceniveau.md', (list, params) => params?.version === version && lacks('implements-unknown')(list));
    expect(codes(diagnostics)).toEqual(['frontmatter-invalid', 'goal-uncovered', 'missing-owner']);
    // The parent's M2 is now carried out: its goal-uncovered finding disappears (the policy is closed).
    await client.waitFor('politik.md', lacks('goal-uncovered'));
  });

  it('an edit re-lints the edited document and only the documents that read what changed', async () => {
    await client.open('politik.md');
    await client.waitFor('politik.md', (_list, params) => params?.version === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    client.takePublishCounts();
    // Text no other document reads: only the policy.
    let version = await client.replace('politik.md', 'Halvårligt til', 'Kvartalsvis til');
    await client.waitFor('politik.md', (_list, params) => params?.version === version);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.takePublishCounts()).toEqual({ 'politik.md': 1 });
    // M1's deadline is read by the service level carrying M1 out (deadline-after-parent), not by the guideline below it.
    version = await client.replace('politik.md', '- Frist: 2027-12-31', '- Frist: 2027-12-30');
    await client.waitFor('politik.md', (_list, params) => params?.version === version);
    for (let i = 0; i < 100 && !client.publishCount.has(client.uri('serviceniveau.md')); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.takePublishCounts()).toEqual({ 'politik.md': 1, 'serviceniveau.md': 1 });
    await client.replace('politik.md', '- Frist: 2027-12-30', '- Frist: 2027-12-31');
    await client.replace('politik.md', 'Kvartalsvis til', 'Halvårligt til');
    await client.close('politik.md');
  });

  it("editing a parent changes a closed child's diagnostics", async () => {
    await client.open('politik.md');
    // Renumber M1 in the policy: the closed service level's "Udmønter: M1" breaks.
    await client.replace('politik.md', '### M1 Flere', '### M7 Flere');
    const sn = await client.waitFor('serviceniveau.md', (list) => list.some((d) => d.code === 'implements-unknown' && messageText(d).includes('M1')));
    const messages = sn.filter((d) => d.code === 'implements-unknown').map((d) => d.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^"boernepolitik" har intet mål M1 — mente du "M[27]" eller "M[27]"\?$/);
    await client.replace('politik.md', '### M7 Flere', '### M1 Flere');
    await client.waitFor('serviceniveau.md', lacks('implements-unknown'));
    await client.close('politik.md');
  });

  it('follows files changed, created and deleted on disk (didChangeWatchedFiles), registered dynamically', async () => {
    expect(client.registrations.map((registration) => registration.method)).toContain('workspace/didChangeWatchedFiles');
    client.write('ny.md', '# Ny\n\n## Mål\n\n### N1 Noget\nTekst.\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('ny.md'), type: 1 }] });
    await client.waitFor('ny.md', has('frontmatter-missing'));
    rmSync(join(client.dir, 'ny.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('ny.md'), type: 3 }] });
    await client.waitFor('ny.md', (list) => list.length === 0);
  });

  it('re-reads .govlint.yaml without a restart', async () => {
    client.write('.govlint.yaml', 'rules:\n  review-overdue: "off"\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.govlint.yaml'), type: 1 }] });
    await client.waitFor('retningslinje.md', lacks('review-overdue'));
    client.write('.govlint.yaml', 'rules:\n  review-overdue: error\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.govlint.yaml'), type: 2 }] });
    const rl = await client.waitFor('retningslinje.md', has('review-overdue'));
    expect(rl.find((d) => d.code === 'review-overdue')!.severity).toBe(1);
  });

  it('a document that breaks the parser does not stop the server', async () => {
    await client.open('kaos.md', '---\nid: [\n---\n\u0000\u0000 ### M1\n'.repeat(50));
    await client.waitFor('kaos.md', (list) => list.length > 0);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: client.uri('kaos.md') }, position: { line: 3, character: 5 } });
    expect(hover).toBeNull();
    expect(client.exited).toBeUndefined();
  });
});

describe('progress', { timeout: 120_000 }, () => {
  it('shows a progress bar over the start-up pass when the client supports work-done progress', async () => {
    const client = await LspTestClient.start({ capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } } });
    const kinds = client.progress;
    try {
      await client.waitFor('serviceniveau.md', has('implements-unknown'));
      for (let i = 0; i < 100 && !kinds.includes('end'); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(kinds[0]).toBe('begin');
      expect(kinds[kinds.length - 1]).toBe('end');
    } finally {
      await client.stop();
    }
  });
});

describe('settings', { timeout: 120_000 }, () => {
  it('workspaceDiagnostics: false reports open documents only; lang overrides the document language', { timeout: 120_000 }, async () => {
    const client = await LspTestClient.start({ settings: { workspaceDiagnostics: false, lang: 'da' } });
    try {
      await client.open('retningslinje.md');
      const rl = await client.waitFor('retningslinje.md', has('review-overdue'));
      expect(rl.find((d) => d.code === 'review-overdue')!.message).toBe('Dokumentet skulle have været revideret senest 2025-06-01 (542 dage siden).');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(client.published.has(client.uri('serviceniveau.md'))).toBe(false);
      // Turning workspace diagnostics on publishes the closed files.
      client.settings = { workspaceDiagnostics: true, lang: 'auto' };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.waitFor('serviceniveau.md', has('implements-unknown'));
      // enable: false clears everything.
      client.settings = { enable: false };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.waitFor('serviceniveau.md', (list) => list.length === 0);
      await client.waitFor('retningslinje.md', (list) => list.length === 0);
    } finally {
      await client.stop();
    }
  });

  it('run: onSave publishes on save, not while typing', { timeout: 120_000 }, async () => {
    const client = await LspTestClient.start({ settings: { run: 'onSave' } });
    try {
      await client.open('serviceniveau.md');
      await client.waitFor('serviceniveau.md', has('implements-unknown'));
      await client.replace('serviceniveau.md', 'Udmønter: M3', 'Udmønter: M2');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(codes(client.diagnostics('serviceniveau.md'))).toContain('implements-unknown');
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: client.uri('serviceniveau.md') } });
      await client.waitFor('serviceniveau.md', lacks('implements-unknown'));
    } finally {
      await client.stop();
    }
  });
});

describe('pull diagnostics', { timeout: 120_000 }, () => {
  it('answers textDocument/diagnostic and workspace/diagnostic when the client supports them', { timeout: 120_000 }, async () => {
    const client = await LspTestClient.start({
      capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } },
      initializationOptions: { diagnosticMode: 'pull' },
    });
    try {
      expect(client.initializeResult.capabilities.diagnosticProvider).toEqual({ identifier: 'govlint', interFileDependencies: true, workspaceDiagnostics: true });
      await client.open('serviceniveau.md');
      const report = await client.request<DocumentDiagnosticReport & { resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: client.uri('serviceniveau.md') } });
      expect(report.kind).toBe('full');
      expect(codes(report.items)).toEqual(['frontmatter-invalid', 'goal-uncovered', 'implements-unknown', 'missing-owner']);
      const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: client.uri('serviceniveau.md') }, previousResultId: report.resultId });
      expect(again).toEqual({ kind: 'unchanged', resultId: report.resultId });

      const workspace = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const byFile = Object.fromEntries(workspace.items.map((item) => [item.uri.slice(item.uri.lastIndexOf('/') + 1), item.kind === 'full' ? codes(item.items) : []] as const));
      expect(byFile).toEqual({
        'noter.md': ['frontmatter-missing'],
        'politik.md': ['goal-uncovered'],
        'retningslinje.md': ['required-section', 'required-section', 'required-section', 'review-overdue'],
        'serviceniveau.md': ['frontmatter-invalid', 'goal-uncovered', 'implements-unknown', 'missing-owner'],
      });
      // Nothing is pushed in pull mode.
      expect(client.published.size).toBe(0);

      // An edit that changes a closed document's findings asks the client to pull again.
      const previousResultIds = workspace.items.map((item) => ({ uri: item.uri, value: (item as { resultId: string }).resultId }));
      await client.replace('serviceniveau.md', 'Udmønter: M3', 'Udmønter: M2');
      for (let i = 0; i < 50 && client.refreshes === 0; i++) await client.nextEvent(200);
      expect(client.refreshes).toBeGreaterThan(0);
      const changed = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
      const changedFiles = changed.items.map((item) => item.uri.split('/').pop()).sort();
      expect(changedFiles).toEqual(['politik.md', 'serviceniveau.md']);
    } finally {
      await client.stop();
    }
  });
});
