// The CI formats (json, sarif, github, junit), checked by running the built CLI as a real process:
// structure, syntax, escaping, and that each prints exactly as many results as `json` has diagnostics.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { escapeData, escapeProperty } from '../../cli/formatters/github.ts';
import { formatJson, jsonDiagnostic, jsonReportChunks } from '../../cli/formatters/json.ts';
import { defaultConfig } from '../../engine/config/schema.ts';
import { lintFiles } from '../../engine/lint/files.ts';
import { discoverFiles } from '../../engine/workspace/discover.ts';
import { escapeXml } from '../../cli/formatters/junit.ts';
import { allRules } from '../../rules/index.ts';

// Each test spawns the CLI several times (or runs many fix passes); a loaded CI machine is slow.
vi.setConfig({ testTimeout: 120_000 });

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures');

function run(args: string[], cwd = fixtures) {
  const result = spawnSync(process.execPath, [cli, ...args, '--today', '2026-11-23'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonDiagnostic {
  file: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  goal?: string;
  related?: Array<{ file: string; line: number; column: number }>;
}

function json(target: string): JsonDiagnostic[] {
  return (JSON.parse(run([target, '--format', 'json']).stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
}

const TARGETS = ['cli-basic', 'ci-formats', 'cli-clean'];

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

/** A small XML well-formedness check: one root, tags nest and close, attributes quoted, entities known, no stray `<` or `&`. */
function checkWellFormedXml(xml: string): string[] {
  const errors: string[] = [];
  let rest = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (text: string) => {
    if (text.includes('<')) errors.push(`stray < in ${JSON.stringify(text.slice(0, 40))}`);
    for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      entity.lastIndex = i;
      if (!entity.test(text)) errors.push(`bad entity at ${JSON.stringify(text.slice(i, i + 12))}`);
    }
  };
  while (rest.length > 0) {
    const open = rest.indexOf('<');
    if (open < 0) {
      if (rest.trim()) errors.push('text after the root element');
      break;
    }
    const text = rest.slice(0, open);
    if (stack.length === 0 && text.trim()) errors.push('text outside the root element');
    checkText(text);
    const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/.exec(rest.slice(open));
    if (!tag) {
      errors.push(`malformed tag at ${JSON.stringify(rest.slice(open, open + 40))}`);
      break;
    }
    const [whole, closing, name, attributes, selfClosing] = tag;
    for (const match of attributes!.matchAll(/="([^"]*)"/g)) checkText(match[1]!);
    const names = [...attributes!.matchAll(/([A-Za-z_][\w.-]*)=/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) errors.push(`duplicate attribute in <${name}>`);
    if (closing) {
      if (stack.pop() !== name) errors.push(`</${name}> does not close the open element`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name!);
    }
    rest = rest.slice(open + whole.length);
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) errors.push(`${roots} root elements`);
  return errors;
}

describe('--format json', () => {
  it('prints the report as JSON.stringify(report, null, 2) would', () => {
    let withRelated = 0;
    for (const target of TARGETS) {
      const { stdout } = run([target, '--format', 'json']);
      const report = JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] };
      expect(report.diagnostics.length, target).toBeGreaterThan(0);
      withRelated += report.diagnostics.filter((diagnostic) => diagnostic.related).length;
      expect(stdout, target).toBe(`${JSON.stringify(report, null, 2)}\n`);
    }
    // Nested arrays of objects (related locations) are indented right too.
    expect(withRelated).toBeGreaterThan(0);
  });

  it('makes the same text a diagnostic or a few at a time, as it does for a report too large to make whole', async () => {
    for (const target of TARGETS) {
      const dir = join(fixtures, target);
      const config = defaultConfig(dir);
      const files = await discoverFiles(['.'], { cwd: dir, root: dir, include: config.include, ignore: config.ignore });
      const linted = lintFiles(files, { config, rules: allRules, today: '2026-11-23' });
      const result = { diagnostics: linted.diagnostics, files: files.length, documents: linted.documents, rules: allRules };
      const pieces = [...jsonReportChunks(result, 0, 1)];
      expect(pieces.length, target).toBe(linted.diagnostics.length + 2);
      expect(pieces.join(''), target).toBe(formatJson(result, { lang: 'da', color: false, suggest: false, cwd: dir }));
      expect(pieces.join(''), target).toBe(`${JSON.stringify({ version: 1, documents: result.documents, files: result.files, diagnostics: result.diagnostics.map(jsonDiagnostic) }, null, 2)}\n`);
      // Several diagnostics a piece (as a large report is made): the same text, the last piece short.
      const batched = [...jsonReportChunks(result, 0, 3)];
      expect(batched.length, target).toBe(Math.ceil(linted.diagnostics.length / 3) + 2);
      expect(batched.join(''), target).toBe(pieces.join(''));
    }
  });

  it('prints an empty list of diagnostics as []', () => {
    const text = formatJson({ diagnostics: [], files: 2, documents: 1, rules: allRules }, { lang: 'en', color: false, suggest: false, cwd: root });
    expect(text).toBe(`${JSON.stringify({ version: 1, documents: 1, files: 2, diagnostics: [] }, null, 2)}\n`);
  });
});

describe('--format sarif', () => {
  it('is a SARIF 2.1.0 log: schema, version, the govlint driver with one entry per rule', () => {
    const { stdout } = run(['ci-formats', '--format', 'sarif']);
    const log = JSON.parse(stdout) as Sarif.Log;
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('govlint');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules!.map((rule) => rule.id)).toEqual(allRules.map((rule) => rule.meta.id));
    for (const rule of driver.rules!) {
      expect(rule.shortDescription!.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription!.text.length).toBeGreaterThan(0);
      expect(rule.help!.text).toContain(rule.helpUri!);
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*/rules/[a-z]+/${rule.id}\\.md$`));
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration!.level);
    }
  });

  it('has one result per json diagnostic, with rule, level, message, relative location and region', () => {
    for (const target of TARGETS) {
      const diagnostics = json(target);
      const log = JSON.parse(run([target, '--format', 'sarif']).stdout) as Sarif.Log;
      const run0 = log.runs[0]!;
      const results = run0.results!;
      expect(results).toHaveLength(diagnostics.length);
      results.forEach((result, i) => {
        const diagnostic = diagnostics[i]!;
        expect(result.ruleId).toBe(diagnostic.rule);
        expect(run0.tool.driver.rules![result.ruleIndex!]!.id).toBe(diagnostic.rule);
        expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[diagnostic.severity]);
        expect(result.message.text).toBe(diagnostic.message);
        const location = result.locations![0]!.physicalLocation!;
        expect(location.artifactLocation!.uri).toBe(diagnostic.file.split('/').map(encodeURIComponent).join('/'));
        expect(location.artifactLocation!.uri).not.toMatch(/^(\/|[a-z]+:)/);
        expect(decodeURIComponent(location.artifactLocation!.uri!)).toBe(diagnostic.file);
        expect(location.region).toEqual({ startLine: diagnostic.line, startColumn: diagnostic.column, endLine: diagnostic.endLine, endColumn: diagnostic.endColumn });
        expect(result.relatedLocations?.length ?? 0).toBe(diagnostic.related?.length ?? 0);
        result.relatedLocations?.forEach((related, j) => {
          expect(decodeURIComponent(related.physicalLocation!.artifactLocation!.uri!)).toBe(diagnostic.related![j]!.file);
          expect(related.physicalLocation!.region!.startLine).toBe(diagnostic.related![j]!.line);
          expect(related.message!.text!.length).toBeGreaterThan(0);
        });
      });
    }
  });

  it('percent-encodes file names in URIs and carries related locations', () => {
    const log = JSON.parse(run(['ci-formats', '--format', 'sarif']).stdout) as Sarif.Log;
    const results = log.runs[0]!.results!;
    expect(results.some((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'ci-formats/serviceniveauer/standarder%2C%20sagsbehandling.md')).toBe(true);
    expect(results.find((r) => r.ruleId === 'implements-unknown')!.relatedLocations).toHaveLength(2);
  });
});

describe('--format github', () => {
  const line = /^::(error|warning|notice) file=([^,:\r\n]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:\r\n]+)::([^\r\n]*)$/;

  it('prints one workflow command per json diagnostic, in the documented syntax', () => {
    for (const target of TARGETS) {
      const diagnostics = json(target);
      const { stdout } = run([target, '--format', 'github']);
      const lines = stdout.split('\n').filter(Boolean);
      expect(lines).toHaveLength(diagnostics.length);
      lines.forEach((text, i) => {
        const match = line.exec(text);
        expect(match, text).not.toBeNull();
        const diagnostic = diagnostics[i]!;
        expect(match![1]).toBe({ error: 'error', warning: 'warning', info: 'notice' }[diagnostic.severity]);
        expect(decodeURIComponent(match![2]!)).toBe(diagnostic.file);
        expect(match!.slice(3, 7).map(Number)).toEqual([diagnostic.line, diagnostic.column, diagnostic.endLine, diagnostic.endColumn]);
        // The title the README documents: the rule, and the goal when the finding concerns one.
        expect(decodeURIComponent(match![7]!)).toBe(diagnostic.goal !== undefined ? `${diagnostic.rule} (${diagnostic.goal})` : diagnostic.rule);
        expect(decodeURIComponent(match![8]!)).toBe(diagnostic.message);
      });
    }
  });

  it('escapes the file name property and the message', () => {
    const { stdout } = run(['ci-formats', '--format', 'github']);
    expect(stdout).toContain('file=ci-formats/serviceniveauer/standarder%2C sagsbehandling.md,');
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a,b: c%\n')).toBe('a%2Cb%3A c%25%0A');
  });
});

describe('--format junit', () => {
  it('is well-formed XML with one testsuite per file and one failure per json diagnostic', () => {
    for (const target of TARGETS) {
      const diagnostics = json(target);
      const { stdout } = run([target, '--format', 'junit']);
      expect(checkWellFormedXml(stdout)).toEqual([]);
      expect(stdout.match(/<failure /g)?.length ?? 0).toBe(diagnostics.length);
      const suites = [...stdout.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => m[1]);
      for (const file of new Set(diagnostics.map((d) => d.file))) expect(suites).toContain(escapeXml(file));
      expect(new Set(suites).size).toBe(suites.length);
      expect(stdout).toMatch(new RegExp(`<testsuites name="govlint" tests="\\d+" failures="${diagnostics.length}"`));
      for (const suite of stdout.split('<testsuite ').slice(1)) {
        const names = [...suite.matchAll(/<testcase classname="[^"]*" name="([^"]*)"/g)].map((m) => m[1]);
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });

  it('escapes markup in messages and attributes', () => {
    expect(escapeXml('<a & "b">\'')).toBe('&lt;a &amp; &quot;b&quot;&gt;&apos;');
    expect(escapeXml('bad\u0001char')).toBe('bad\uFFFDchar');
    expect(checkWellFormedXml('<a><b x="1"/></a>')).toEqual([]);
    expect(checkWellFormedXml('<a><b></a>')).not.toEqual([]);
    expect(checkWellFormedXml('<a>x & y</a>')).not.toEqual([]);
  });
});
