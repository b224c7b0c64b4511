// `--format gitlab`: GitLab Code Quality JSON, checked against the documented shape (an array of
// issues with description, check_name, fingerprint, severity and location.path/lines.begin),
// one issue per finding of `--format json`. Over a real process.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures');

function run(args: string[], cwd = fixtures) {
  return spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
}

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('--format gitlab', () => {
  for (const target of ['cli-basic', 'ci-formats']) {
    it(`is a Code Quality report with one issue per finding (${target})`, () => {
      const issues = JSON.parse(run([target, '--format', 'gitlab'])) as Issue[];
      const findings = (
        JSON.parse(run([target, '--format', 'json'])) as { diagnostics: Array<{ file: string; rule: string; severity: string; message: string; line: number; endLine: number; goal?: string }> }
      ).diagnostics;
      expect(Array.isArray(issues)).toBe(true);
      expect(issues).toHaveLength(findings.length);
      expect(findings.length).toBeGreaterThan(0);
      issues.forEach((issue, i) => {
        const finding = findings[i]!;
        expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
        expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
        expect(issue.severity).toBe({ error: 'major', warning: 'minor', info: 'info' }[finding.severity]);
        expect(issue.check_name).toBe(finding.rule);
        expect(issue.description).toBe(finding.goal !== undefined ? `${finding.message} (${finding.goal})` : finding.message);
        expect(issue.location).toEqual({ path: finding.file, lines: { begin: finding.line, end: finding.endLine } });
        expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      });
      expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    });
  }

  it('keeps each fingerprint when lines are added above the finding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-gitlab-'));
    try {
      cpSync(join(fixtures, 'cli-basic'), dir, { recursive: true });
      const before = JSON.parse(run(['--format', 'gitlab'], dir)) as Issue[];
      const file = join(dir, 'politik', 'boernepolitik.md');
      const text = readFileSync(file, 'utf8');
      const end = text.indexOf('\n---\n') + 5;
      writeFileSync(file, `${text.slice(0, end)}\n\n${text.slice(end)}`);
      const after = JSON.parse(run(['--format', 'gitlab'], dir)) as Issue[];
      const moved = after.filter((issue, i) => issue.location.lines.begin !== before[i]!.location.lines.begin);
      expect(moved.length).toBeGreaterThan(0);
      expect(after.map((issue) => issue.fingerprint).sort()).toEqual(before.map((issue) => issue.fingerprint).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
