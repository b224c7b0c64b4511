import type { Diagnostic } from '../../engine/api/model.ts';
import type { Formatter } from './types.ts';
import { describeLocation, paragraphMark } from './location-text.ts';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

function escapeBody(text: string): string {
  return escapeXml(text).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');
}

/**
 * JUnit XML for CI dashboards: one testsuite per file, one failing testcase per diagnostic
 * (so failures equal the diagnostics of `json`), and one passing testcase for a clean file.
 */
export const formatJunit: Formatter = (result, options) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of result.paths ?? []) byFile.set(file, []);
  for (const diagnostic of result.diagnostics) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const suites: string[] = [];
  let tests = 0;
  for (const file of files) {
    const diagnostics = byFile.get(file)!;
    const name = escapeXml(file);
    const cases: string[] = [];
    const seen = new Map<string, number>();
    for (const diagnostic of diagnostics) {
      const { start, end } = diagnostic.range;
      const goal = diagnostic.goal !== undefined ? ` [${diagnostic.goal}]` : '';
      // Test names stay unique within a suite (dashboards merge equal names): a repeat gets "(2)", "(3)", …
      const where = diagnostic.location;
      const base = `${diagnostic.rule}${goal} ${where ? paragraphMark(where) : `${start.line}:${start.column}`}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      const testName = count > 1 ? `${base} (${count})` : base;
      const position = where ? ` (${describeLocation(where, diagnostic.lang ?? options.lang)})` : `:${start.line}:${start.column}-${end.line}:${end.column}`;
      const body = `${file}${position} ${diagnostic.severity} ${diagnostic.message} (${diagnostic.rule})${goal}`;
      cases.push(
        `    <testcase classname="${name}" name="${escapeXml(testName)}" file="${name}"${where ? '' : ` line="${start.line}"`}>\n` +
          `      <failure message="${escapeXml(diagnostic.message)}" type="${escapeXml(`${diagnostic.severity}/${diagnostic.rule}`)}">${escapeBody(body)}</failure>\n` +
          `    </testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="govlint" file="${name}"/>`);
    tests += cases.length;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${diagnostics.length}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  if (suites.length === 0) {
    suites.push('  <testsuite name="govlint" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="govlint" name="govlint"/>\n  </testsuite>');
    tests = 1;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="govlint" tests="${tests}" failures="${result.diagnostics.length}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
