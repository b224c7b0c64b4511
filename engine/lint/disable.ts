import type { DocumentOutline } from '../model/document.ts';

// Inline directives (SPEC §4):
//   <!-- govlint-disable-next-line rule-a rule-b -->   the line after the comment
//   <!-- govlint-disable-line rule-a -->               the comment's own line
//   <!-- govlint-disable rule-a --> … <!-- govlint-enable rule-a -->
//   <!-- govlint-disable-file rule-a -->               the whole file
// Without rule IDs a directive covers every rule.
const DIRECTIVE = /^\s*govlint-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*)$/;

interface LineSpan {
  /** 1-based, inclusive. */
  from: number;
  to: number;
  rules: Set<string> | 'all';
}

export interface DisableDirectives {
  isDisabled(rule: string, line: number): boolean;
  /** Directives naming rule IDs that do not exist, for a diagnostic. */
  unknownRules: Array<{ rule: string; line: number }>;
}

function parseRules(rest: string): Set<string> | 'all' {
  // Anything after ` -- ` is a reason, as in ESLint.
  const reasonAt = rest.indexOf(' --');
  const listed = (reasonAt === -1 ? rest : rest.slice(0, reasonAt)).split(/[\s,]+/).filter(Boolean);
  return listed.length === 0 ? 'all' : new Set(listed);
}

export function collectDisableDirectives(document: DocumentOutline, knownRules: ReadonlySet<string>): DisableDirectives {
  const spans: LineSpan[] = [];
  const unknownRules: DisableDirectives['unknownRules'] = [];
  const lastLine = document.lineStarts.length;
  const openRanges: Array<{ from: number; rules: Set<string> | 'all' }> = [];

  for (const comment of document.comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const kind = match[1];
    const rules = parseRules(match[2] ?? '');
    const line = comment.range.start.line;
    if (rules !== 'all') {
      for (const rule of rules) if (!knownRules.has(rule)) unknownRules.push({ rule, line });
    }
    switch (kind) {
      case 'disable-next-line': {
        const next = comment.range.end.line + 1;
        spans.push({ from: next, to: next, rules });
        break;
      }
      case 'disable-line':
        spans.push({ from: line, to: comment.range.end.line, rules });
        break;
      case 'disable-file':
        spans.push({ from: 1, to: lastLine, rules });
        break;
      case 'disable':
        openRanges.push({ from: line, rules });
        break;
      case 'enable': {
        // A bare enable closes everything; `enable rule-a` re-enables only rule-a, even inside a bare disable.
        const closing = rules === 'all' ? undefined : rules;
        for (let i = openRanges.length - 1; i >= 0; i--) {
          const open = openRanges[i]!;
          const openRules = open.rules === 'all' ? new Set(knownRules) : open.rules;
          const closed = closing ? [...openRules].filter((rule) => closing.has(rule)) : [...openRules];
          if (closed.length === 0) continue;
          spans.push({ from: open.from, to: line, rules: closing ? new Set(closed) : open.rules });
          const remaining = closing ? [...openRules].filter((rule) => !closing.has(rule)) : [];
          if (remaining.length === 0) openRanges.splice(i, 1);
          else openRanges[i] = { from: line + 1, rules: new Set(remaining) };
          // The remaining rules stay disabled from the start of the range: record that part now.
          if (remaining.length > 0) spans.push({ from: open.from, to: line, rules: new Set(remaining) });
        }
        break;
      }
    }
  }
  for (const open of openRanges) spans.push({ from: open.from, to: lastLine, rules: open.rules });

  return {
    unknownRules,
    isDisabled(rule: string, line: number): boolean {
      return spans.some((span) => line >= span.from && line <= span.to && (span.rules === 'all' || span.rules.has(rule)));
    },
  };
}
