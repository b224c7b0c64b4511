// A tiny HTML builder that escapes by construction: every interpolated string is escaped,
// only values that are already `Html` pass through. Document text (titles, goals, owners,
// messages) therefore can never become markup, in element content or in attributes.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

// C0 controls (except tab, LF, CR), DEL and lone surrogates are not allowed in HTML/SVG text.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"'`]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for element content and for quoted attribute values; drops characters HTML cannot carry. */
export function escapeHtml(text: string): string {
  return text.replace(INVALID, '\uFFFD').replace(SPECIAL, (char) => ENTITIES[char]!);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${text}</td>\`` escapes `text`; nested `html` values are kept as markup. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Markup written by govlint itself (never document text). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Joins values with a separator (both escaped unless `Html`). */
export function join(values: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  return new Html(values.map(render).join(render(separator)));
}

/** Shortens text to at most `max` characters (by code point), with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : chars
        .slice(0, Math.max(1, max - 1))
        .join('')
        .trimEnd() + '…';
}
