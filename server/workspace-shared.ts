// What the language server's workspace shares between its Node form (workspace.ts) and its
// browser form (workspace.browser.ts): the settings, how a whole document is told from an outline,
// and which URIs name a configuration file.
import type { DocumentOutline, GovDocument, Lang } from '../engine/api/model.ts';

export interface Settings {
  enable: boolean;
  /** Message language: `auto` = each document's own `lang`, then the configuration's. */
  lang: 'auto' | Lang;
  run: 'onType' | 'onSave';
  /** Report closed files too (the whole workspace). */
  workspaceDiagnostics: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, lang: 'auto', run: 'onType', workspaceDiagnostics: true };

/** Reads the `govlint` section of workspace/configuration, ignoring values of the wrong shape. */
export function parseSettings(value: unknown): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  if (!value || typeof value !== 'object') return settings;
  const raw = value as Record<string, unknown>;
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (raw.lang === 'auto' || raw.lang === 'da' || raw.lang === 'en') settings.lang = raw.lang;
  if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
  if (typeof raw.workspaceDiagnostics === 'boolean') settings.workspaceDiagnostics = raw.workspaceDiagnostics;
  return settings;
}

export type Logger = (message: string) => void;

/** True for a whole document (an open buffer), false for the outline of a closed file. */
export function isWholeDocument(document: DocumentOutline): document is GovDocument {
  return 'text' in document;
}

/** True for a configuration file's URI (`.govlint.yaml`, `.yml`, `.json`). */
export function isConfigUri(uri: string): boolean {
  return /\/\.govlint\.(ya?ml|json)$/.test(uri);
}
