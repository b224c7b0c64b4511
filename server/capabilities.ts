// What the language server offers and what it reads of the client, the same for the Node server
// (server.ts) and the web extension's server (browser-server.ts); each adds its own extras.
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver/node';
import { FIX_ALL_KIND } from './features/code-actions.ts';
import type { ClientFeatures } from './features/context.ts';

/** The features both servers provide. */
export const FEATURE_CAPABILITIES: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
  hoverProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  completionProvider: { triggerCharacters: [':', ' ', ',', '#', '['] },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  codeLensProvider: { resolveProvider: false },
};

/** What the features adapt to: snippet edits in code actions, Markdown in hovers. */
export function clientFeaturesOf(capabilities: ClientCapabilities): ClientFeatures {
  return {
    snippetEdits: capabilities.workspace?.workspaceEdit?.snippetEditSupport === true && capabilities.workspace.workspaceEdit.documentChanges === true,
    markdownHover: capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
  };
}
