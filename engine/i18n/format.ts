import type { Lang, Localized } from '../types.ts';

/** Fills `{name}` placeholders of a message template; unknown names stay visible so a missing value is noticed. */
export function formatTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function localize(text: Localized, data: Record<string, string | number> | undefined): Localized {
  return { da: formatTemplate(text.da, data), en: formatTemplate(text.en, data) };
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
