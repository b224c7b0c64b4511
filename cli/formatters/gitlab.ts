// GitLab Code Quality (`artifacts:reports:codequality`): a JSON array of issues, each with a
// description, a check name, a fingerprint that identifies it from one pipeline to the next,
// a severity (info, minor, major, critical, blocker) and a location (path and begin line).
// The path is the finding's `file`: relative to the working directory, which in a GitLab job is
// the repository root.
import { createHash } from 'node:crypto';
import type { Severity } from '../../engine/api/model.ts';
import type { Formatter } from './types.ts';
import { describeLocation } from './location-text.ts';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * One issue per finding. The fingerprint hashes the file, rule, goal and message (not the line,
 * so a finding keeps its identity when lines are added above it), numbered among equal ones.
 */
export const formatGitlab: Formatter = (result, options) => {
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = result.diagnostics.map((diagnostic) => {
    const identity = JSON.stringify([diagnostic.file, diagnostic.rule, diagnostic.goal ?? null, diagnostic.message]);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const described = diagnostic.goal !== undefined ? `${diagnostic.message} (${diagnostic.goal})` : diagnostic.message;
    // A Word document has no lines: line 1, and the paragraph in the description.
    const where = diagnostic.location;
    return {
      description: where ? `${described} (${describeLocation(where, diagnostic.lang ?? options.lang)})` : described,
      check_name: diagnostic.rule,
      fingerprint: createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex'),
      severity: SEVERITY[diagnostic.severity],
      location: { path: diagnostic.file, lines: where ? { begin: 1, end: 1 } : { begin: diagnostic.range.start.line, end: diagnostic.range.end.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
