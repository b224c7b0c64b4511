import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative, sep } from 'node:path';
import {
  DiagnosticSeverity,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig, type ResolvedConfig } from '../engine/config/schema.ts';
import { findConfigFile, loadConfigFile } from '../engine/config/load.ts';
import { lintDocument } from '../engine/lint/runner.ts';
import { documentFromText } from '../engine/parse/from-bytes.ts';
import { ruleDocUrl } from '../engine/rule.ts';
import { todayIso } from '../engine/text/dates.ts';
import type { Diagnostic } from '../engine/types.ts';
import { WorkspaceIndex } from '../engine/workspace/index.ts';
import { allRules, findRule } from '../rules/index.ts';

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

function toLsp(diagnostic: Diagnostic): LspDiagnostic {
  const rule = findRule(diagnostic.rule);
  return {
    range: {
      start: { line: diagnostic.range.start.line - 1, character: diagnostic.range.start.column - 1 },
      end: { line: diagnostic.range.end.line - 1, character: diagnostic.range.end.column - 1 },
    },
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    ...(rule ? { codeDescription: { href: ruleDocUrl(rule.meta) } } : {}),
    source: 'govlint',
    message: diagnostic.message,
  };
}

/** A first language server: lints open documents as they change and publishes diagnostics. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let root = process.cwd();
  let config: ResolvedConfig = defaultConfig(root);
  const index = new WorkspaceIndex();

  const pathOf = (uri: string): string => {
    const absolute = fileURLToPath(uri);
    return relative(root, absolute).split(sep).join('/');
  };

  connection.onInitialize((params) => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder) root = fileURLToPath(folder);
    const file = findConfigFile(root);
    if (file) {
      try {
        config = loadConfigFile(file, allRules.map((rule) => rule.meta.id));
      } catch (error) {
        connection.console.error(String(error instanceof Error ? error.message : error));
      }
    } else config = defaultConfig(root);
    return { capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } };
  });

  const publish = (uri: string): void => {
    const path = pathOf(uri);
    const document = index.get(path);
    if (!document) return;
    const diagnostics = lintDocument(document, index, { config, rules: allRules, today: todayIso() });
    void connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toLsp) });
  };

  documents.onDidChangeContent((change) => {
    if (!change.document.uri.startsWith('file:')) return;
    const affected = index.set(documentFromText(pathOf(change.document.uri), change.document.getText(), config));
    for (const path of affected) {
      const uri = pathToFileURL(`${root}/${path}`).href;
      if (documents.get(uri)) publish(uri);
    }
  });

  documents.listen(connection);
  connection.listen();
}
