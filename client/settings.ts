// The extension's settings (contributed in package.json under `govlint.*`), read without the
// vscode module: the caller passes a getter. The server reads the same section itself through
// workspace/configuration; the client needs `enable` (start or not) and `trace.server`.

export type RunMode = 'onType' | 'onSave';
export type LangSetting = 'auto' | 'da' | 'en';
export type TraceSetting = 'off' | 'messages' | 'verbose';

export interface ClientSettings {
  enable: boolean;
  lang: LangSetting;
  run: RunMode;
  workspaceDiagnostics: boolean;
  trace: TraceSetting;
}

export const DEFAULT_CLIENT_SETTINGS: ClientSettings = {
  enable: true,
  lang: 'auto',
  run: 'onType',
  workspaceDiagnostics: true,
  trace: 'off',
};

/** Keys under the `govlint` section, as contributed in package.json. */
export const SETTING_KEYS = ['enable', 'lang', 'run', 'workspaceDiagnostics', 'trace.server'] as const;

/** Reads `govlint.*` through `get(key)` (key without the section); values of the wrong shape fall back to the default. */
export function readSettings(get: (key: (typeof SETTING_KEYS)[number]) => unknown): ClientSettings {
  const settings = { ...DEFAULT_CLIENT_SETTINGS };
  const enable = get('enable');
  if (typeof enable === 'boolean') settings.enable = enable;
  const lang = get('lang');
  if (lang === 'auto' || lang === 'da' || lang === 'en') settings.lang = lang;
  const run = get('run');
  if (run === 'onType' || run === 'onSave') settings.run = run;
  const workspaceDiagnostics = get('workspaceDiagnostics');
  if (typeof workspaceDiagnostics === 'boolean') settings.workspaceDiagnostics = workspaceDiagnostics;
  const trace = get('trace.server');
  if (trace === 'off' || trace === 'messages' || trace === 'verbose') settings.trace = trace;
  return settings;
}

/** What the client must do after a configuration change: only `enable` starts or stops the server; the rest the server re-reads itself. */
export function reactionToChange(before: ClientSettings, after: ClientSettings): 'start' | 'stop' | 'none' {
  if (before.enable === after.enable) return 'none';
  return after.enable ? 'start' : 'stop';
}

/** The language of the extension's own UI strings: the setting, else VS Code's display language. */
export function uiLang(setting: LangSetting, displayLanguage: string): 'da' | 'en' {
  if (setting !== 'auto') return setting;
  return /^(da|nb|nn|no)\b/i.test(displayLanguage) ? 'da' : 'en';
}
