// The README's command examples, run: every command the README shows is either run here with the
// result the README states, or listed with the reason it is not run (it needs the network, or
// takes minutes). A command added to the README without a check here fails the first test, so the
// documentation cannot drift from the CLI again. (The rule pages' examples are run by
// test/rule-docs.test.ts; their only command-line mention, `--today`, is checked below.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { policyWithGoalHeadings, qualityStandardWithTimeLimits } from './support/word-fixtures.ts';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Every command the README shows: lines of `sh` blocks, `run:`/`entry:`/`script:` of YAML blocks and their `- govlint …` list items, inline `govlint …`. */
function documentedCommands(text: string): string[] {
  const commands: string[] = [];
  for (const block of text.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```/gm)) {
    const [, lang, body] = block as unknown as [string, string, string];
    for (const raw of body.split('\n')) {
      if (lang === 'sh') {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (line && !line.startsWith('#')) commands.push(line);
      } else if (lang === 'yaml') {
        const match = /^\s*-?\s*(?:run|entry|script):\s*(.*govlint.*)$/.exec(raw) ?? /^\s*-\s+((?:npx )?govlint\s.*)$/.exec(raw);
        if (match) commands.push(match[1]!.replace(/\s+#.*$/, '').trim());
      }
    }
  }
  for (const match of text.matchAll(/`((?:npx )?govlint [^`]*)`/g)) commands.push(match[1]!);
  return [...new Set(commands)];
}

/** Commands shown but not run here, and why. */
const NOT_RUN: Record<string, string> = {
  'npm ci && npm start': 'installs from the registry; `npm start` is the samples run that test/samples.test.ts checks',
  'npm test': 'the whole suite',
  'npm install --save-dev govlint': 'needs the registry',
  'npm run bench': 'takes 20–40 minutes',
  'npm run bench -- --quick': 'takes minutes',
  'npm run bench -- --corpus prose-heavy --no-server --no-10k-cli': 'takes minutes (bench/shapes.mjs is checked by test/bench/generate.test.ts)',
  'npm run build': 'this test runs the build it makes',
  'npm run package': 'makes the .vsix (test/editors)',
  'npm run test:editors': 'starts real editors',
  'npm run schema': 'rewrites schema/ (test/config-schema.test.ts checks the result)',
  'npm run docs': 'rewrites the rule table (test/readme.test.ts checks the result)',
  'npm run eval': 'a measurement, not a test (test/eval/run.test.ts checks its data files)',
  'npm run train': 'rewrites data/models/ (test/eval/train-specificity.test.ts fits the model again and compares it with the shipped one)',
  'npm run lint': 'npm test runs it',
  'npm run format': 'rewrites the code files (npm run lint checks the result)',
  'govlint [paths…]': 'a synopsis: the lint runs below use it',
  'npx govlint --stdin [--stdin-filename PATH] [options]': 'a synopsis: test/cli/stdin.test.ts runs standard input',
  'govlint --stdin --stdin-filename politik/boernepolitik.md --format json < buffer': 'test/cli/stdin.test.ts runs it on the samples',
  'npx govlint lsp': 'starts the language server: test/cli/lsp-command.test.ts talks LSP to it',
  'govlint lsp': 'starts the language server: test/cli/lsp-command.test.ts talks LSP to it',
  "git diff --cached --name-only --diff-filter=ACMR -z -- '*.md' | xargs -0 -r npx govlint --cache --quiet":
    'needs a git repository with staged files: test/cli/partial-runs.test.ts runs it as a real pre-commit hook',
  'govlint "docs/**/*.md" "!docs/drafts/**"': 'test/cli/globs.test.ts runs globs with negations',
  'govlint politik/boernepolitik.md': 'test/cli/partial-runs.test.ts runs every sample file alone against the full run',
  'govlint report': 'a name in prose: the report run below uses it',
  'govlint import': 'a name in prose: the import runs below use it',
  'npx govlint import FILE.docx [-o FILE.md] | FOLDER… [-o FOLDER] [--force]': 'a synopsis: the import runs below use it',
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a README command line in `cwd`, `npx govlint` being the built CLI, through bash (pipes, redirections). */
function sh(command: string, cwd: string): Run {
  const line = command.replace(/\bnpx govlint\b|^govlint\b|(?<=\| *)govlint\b/g, `node ${JSON.stringify(cli)}`);
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', line], { cwd, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the samples as a project of its own (a git root, so nothing above it is read). */
function samplesProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-docs-'));
  mkdirSync(join(dir, '.git'));
  cpSync(join(root, 'samples'), dir, { recursive: true });
  return dir;
}

/** A README command, checked to be in the README word for word before it is run. */
function documented(command: string): string {
  expect(documentedCommands(readme)).toContain(command);
  return command;
}

const TODAY = ' --today 2026-11-23';

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('README commands', () => {
  const check = documented;

  it('are all run below or listed with the reason they are not', () => {
    const covered = new Set([
      ...Object.keys(NOT_RUN),
      'npx govlint --format sarif --cache -o govlint.sarif',
      'npx govlint --format github --cache',
      'npx govlint --cache --quiet',
      'npx govlint --format junit > govlint.xml',
      'npx govlint --format gitlab -o gl-code-quality.json || test $? -eq 1',
      'npx govlint --format junit -o govlint.xml || test $? -eq 1',
      'npx govlint --format sarif -o govlint.sarif || test $? -eq 1',
      'npx govlint --quiet',
      'govlint --format json | head -c 100',
      'govlint --help',
      'npx govlint -h|--help',
      'npx govlint -v|--version',
      'govlint init',
      'npx govlint init [--lang da|en]',
      'govlint report [paths…] --out report.html',
      'npx govlint report [paths…] -o|--out report.html [--force] [--today …] [--lang …] [-c FILE]',
      'npx govlint [paths…] [-f|--format stylish|json|sarif|github|junit|gitlab] [--fix | --fix-dry-run]',
      '[-c|--config FILE] [--today YYYY-MM-DD] [--lang da|en] [--max-warnings N]',
      '[-q|--quiet] [--suggest] [--cache [--cache-location DIR|FILE.json]]',
      '[--color | --no-color] [--concurrency N|auto|off] [-o|--output-file FILE]',
      'npx govlint word/',
      'npx govlint import word/politik.docx',
      'npx govlint import word/ -o markdown/',
    ]);
    expect(documentedCommands(readme).filter((command) => !covered.has(command))).toEqual([]);
    for (const command of Object.keys(NOT_RUN)) {
      const script = /^npm run ([\w:-]+)/.exec(command)?.[1];
      if (script) expect(scripts[script], command).toBeDefined();
    }
  });

  it("CI: SARIF to upload, exit 1 on the samples' errors, the cache under node_modules/.cache/govlint", () => {
    const dir = samplesProject();
    const run = sh(check('npx govlint --format sarif --cache -o govlint.sarif') + TODAY, dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(readFileSync(join(dir, 'govlint.sarif'), 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'node_modules', '.cache', 'govlint')).length).toBeGreaterThan(0);
    const github = sh(check('npx govlint --format github --cache') + TODAY, dir);
    expect(github.code).toBe(1); // "Annotate and fail on errors"
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(log.runs[0]!.results.length);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::/);
    expect(readme).toContain('`title=RULE (GOAL)` when the finding concerns a goal, e.g. `title=missing-deadline (M2)`');
    expect(github.stdout).toMatch(/title=missing-deadline \(M\d+\)::/);
    const junit = sh(check('npx govlint --format junit > govlint.xml') + TODAY, dir);
    expect(junit.code).toBe(1);
    expect(readFileSync(join(dir, 'govlint.xml'), 'utf8')).toMatch(/^<\?xml[^>]*>\n<testsuites name="govlint"/);
  });

  it('GitLab CI and Azure Pipelines: the reports are written and their step passes on findings; the last step fails on errors', () => {
    const dir = samplesProject();
    const gitlab = sh(check('npx govlint --format gitlab -o gl-code-quality.json || test $? -eq 1').replace(' ||', `${TODAY} ||`), dir);
    expect(gitlab.code).toBe(0);
    const issues = JSON.parse(readFileSync(join(dir, 'gl-code-quality.json'), 'utf8')) as Array<{ check_name: string; location: { path: string } }>;
    expect(issues.length).toBeGreaterThan(20);
    expect(readme).toMatch(/codequality: gl-code-quality\.json/);
    const junit = sh(check('npx govlint --format junit -o govlint.xml || test $? -eq 1').replace(' ||', `${TODAY} ||`), dir);
    expect(junit.code).toBe(0);
    expect(readFileSync(join(dir, 'govlint.xml'), 'utf8')).toMatch(new RegExp(`^<\\?xml[^>]*>\n<testsuites name="govlint" tests="\\d+" failures="${issues.length}"`));
    const sarif = sh(check('npx govlint --format sarif -o govlint.sarif || test $? -eq 1').replace(' ||', `${TODAY} ||`), dir);
    expect(sarif.code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'govlint.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(issues.length);
    expect(readme).toMatch(/testResultsFiles: govlint\.xml[\s\S]*PathtoPublish: govlint\.sarif\n\s+ArtifactName: CodeAnalysisLogs/);
    const last = sh(check('npx govlint --quiet') + TODAY, dir);
    expect(last.code).toBe(1);
    // A usage or configuration error still fails the report steps.
    writeFileSync(join(dir, '.govlint.yaml'), 'rules: [\n');
    expect(sh('npx govlint --format gitlab -o gl-code-quality.json || test $? -eq 1', dir).code).toBe(1);
  }, 90_000);

  it("pre-commit by repo and rev: the README's hook is the one .pre-commit-hooks.yaml defines, with the arguments run below", () => {
    const block = /```yaml\n# \.pre-commit-config\.yaml\nrepos:\n {2}- repo: (\S+)\n {4}rev: (\S+)\n {4}hooks:\n {6}- id: (\S+)\n {8}args: \[([^\]]*)\]\n```/.exec(readme);
    expect(block).not.toBeNull();
    const [, repo, rev, id, args] = block!;
    expect(repo).toBe('https://github.com/govlint/govlint');
    expect(rev).toBe(`v${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}`);
    const hooks = readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toMatch(new RegExp(`^- id: ${id}\n(?: .*\n)* {2}entry: govlint\n`, 'm'));
    // The hook runs `govlint ARGS FILES…`: these are the arguments the next test runs with --cache.
    expect(args).toBe('--quiet');
  });

  it('pre-commit: --quiet shows errors only and fails on errors; warnings fail with --max-warnings 0', () => {
    const dir = samplesProject();
    for (const command of [check('npx govlint --cache --quiet')]) {
      const run = sh(command + TODAY, dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/ fejl /);
      expect(run.stdout).not.toMatch(/ advarsel | info /);
    }
    // A workspace with warnings and no errors: the hook passes, unless --max-warnings 0.
    const warningsOnly = mkdtempSync(join(tmpdir(), 'govlint-docs-warn-'));
    mkdirSync(join(warningsOnly, '.git'));
    writeFileSync(
      join(warningsOnly, 'politik.md'),
      '---\nid: p\ntype: politik\ntitel: Politik\nansvarlig: Byrådet\nvedtaget: 2025-01-01\nrevision: 2027-01-01\n---\n\n## Værdier\n\nX.\n\n## Målgrupper\n\nX.\n\n## Mål\n\n### M1 Bedre trivsel\nTrivslen skal styrkes.\n\n## Opfølgning\n\nX.\n',
    );
    expect(sh('npx govlint --format json' + TODAY, warningsOnly).stdout).toMatch(/"severity": "warning"/);
    expect(sh('npx govlint --cache --quiet' + TODAY, warningsOnly).code).toBe(0);
    expect(sh('npx govlint --cache --quiet --max-warnings 0' + TODAY, warningsOnly).code).toBe(1);
  });

  it("a reader that goes away early: the rest is dropped quietly, the exit status is the findings'", () => {
    const run = sh(check('govlint --format json | head -c 100').replace(' |', `${TODAY} |`), samplesProject());
    expect(run.stdout).toHaveLength(100);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('--format json prints one object of the documented shape', () => {
    const run = sh('npx govlint --format json' + TODAY, samplesProject());
    const output = JSON.parse(run.stdout) as { version: number; documents: number; files: number; diagnostics: Array<Record<string, unknown>> };
    expect(readme).toContain('{ "version": 1, "documents": 12, "files": 13,');
    expect(Object.keys(output)).toEqual(['version', 'documents', 'files', 'diagnostics']);
    expect(output.version).toBe(1);
    const documentedKeys = ['file', 'rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'goal', 'related', 'fixable', 'suggestions'];
    for (const diagnostic of output.diagnostics) {
      expect(documentedKeys).toEqual(expect.arrayContaining(Object.keys(diagnostic)));
      for (const related of (diagnostic.related ?? []) as Array<{ message: unknown }>) expect(Object.keys(related.message as object)).toEqual(['da', 'en']);
      for (const suggestion of (diagnostic.suggestions ?? []) as Array<Record<string, unknown>>) {
        expect(Object.keys(suggestion).filter((key) => key !== 'placeholders')).toEqual(['da', 'en', 'text']);
      }
    }
  });

  it('--help, -h, -v, --version; a usage error is the one line the README quotes', () => {
    const help = sh(check('govlint --help'), root);
    expect(help.code).toBe(0);
    expect(sh('npx govlint -h', root).stdout).toBe(help.stdout);
    expect(documented('npx govlint -h|--help')).toBeTruthy();
    expect(documented('npx govlint -v|--version')).toBeTruthy();
    const version = sh('npx govlint -v', root);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(sh('npx govlint --version', root).stdout).toBe(version.stdout);
    // Every option of the README's synopsis is one govlint knows (and its help names).
    const synopsis = /## Command line\n\n```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const options = [...new Set(synopsis.match(/(?<![\w-])--?[a-z][a-z-]*/g))];
    expect(options.length).toBeGreaterThan(20);
    for (const option of options) expect(help.stdout, option).toMatch(new RegExp(`(?<![\\w-])${option}(?![\\w-])`));
    expect(readme).toContain('`govlint: unknown option --nope; see govlint --help`');
    const usage = sh('npx govlint --nope', root);
    expect(usage).toEqual({ code: 2, stdout: '', stderr: 'govlint: unknown option --nope; see govlint --help\n' });
  });

  it('init writes a configuration and three skeletons that lint without errors; it never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-docs-init-'));
    mkdirSync(join(dir, '.git'));
    expect(documented('npx govlint init [--lang da|en]')).toBeTruthy();
    const first = sh(check('govlint init'), dir);
    expect(first.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.git', '.govlint.yaml', 'politik.md', 'retningslinje.md', 'serviceniveau.md']);
    expect(readme).toContain('The skeletons lint without errors');
    const lint = sh('npx govlint --format json', dir);
    expect(lint.code).toBe(0);
    expect((JSON.parse(lint.stdout) as { diagnostics: Array<{ severity: string }> }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const before = readFileSync(join(dir, 'politik.md'), 'utf8');
    writeFileSync(join(dir, 'politik.md'), `${before}\nEdited.\n`);
    expect(sh('govlint init', dir).code).toBe(0);
    expect(readFileSync(join(dir, 'politik.md'), 'utf8')).toBe(`${before}\nEdited.\n`);
  });

  it('report: the page is written and the status is 0 despite errors; another file at --out is refused with 2', () => {
    const dir = samplesProject();
    expect(documented('npx govlint report [paths…] -o|--out report.html [--force] [--today …] [--lang …] [-c FILE]')).toBeTruthy();
    const run = sh(check('govlint report [paths…] --out report.html').replace(' [paths…]', ' .') + TODAY, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^govlint: rapport skrevet til report\.html \(\d+ dokumenter, \d+ mål, [1-9]\d* fejl, \d+ advarsler\)\n$/);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<meta name="generator" content="govlint ');
    expect(sh('npx govlint report . -o report.html' + TODAY, dir).code).toBe(0); // replaces its own report
    writeFileSync(join(dir, 'notes.html'), '<p>mine</p>');
    const refused = sh('npx govlint report . --out notes.html' + TODAY, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, 'notes.html'), 'utf8')).toBe('<p>mine</p>');
  });

  it('the stated one-liners: --fix and its second run, a cache location that is not a cache, a path that is not a file', () => {
    const dir = samplesProject();
    // A safe fix to make: a date written in words where front matter wants ISO.
    const policy = join(dir, 'da', 'politik', 'boerne-og-ungepolitik.md');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace(/^vedtaget: 2025-03-12$/m, 'vedtaget: 12. marts 2025'));
    const fixed = sh('npx govlint --fix --lang en' + TODAY, dir);
    expect(readme).toContain('`govlint: politik.md: fixed 2 problem(s)`');
    expect(fixed.stderr).toMatch(/^govlint: [^\n]+\.md: fixed \d+ problem\(s\)$/m);
    expect(fixed.stderr).toMatch(/^govlint: fixed \d+ problem\(s\) in \d+ file\(s\)$/m);
    const again = sh('npx govlint --fix --lang en' + TODAY, dir);
    expect(readme).toContain('a second `--fix`\n  changes nothing');
    expect(again.stderr).not.toMatch(/fixed/);
    expect(again.code).toBe(fixed.code);

    writeFileSync(join(dir, 'NOTES.md'), '# Notes\n');
    expect(readme).toContain('`--cache-location NOTES.md` or `package.json` leaves the file as it is, says so\n  in one line on stderr and runs uncached');
    const plain = sh('npx govlint --format json' + TODAY, dir);
    const notes = sh('npx govlint --format json --cache --cache-location NOTES.md' + TODAY, dir);
    expect(readFileSync(join(dir, 'NOTES.md'), 'utf8')).toBe('# Notes\n');
    expect(notes.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(notes.stdout).toBe(plain.stdout);
    expect(notes.code).toBe(plain.code);

    expect(readme).toContain('A path that is neither a file nor a folder\n  (`/dev/null`, a pipe) is an error (exit 2)');
    expect(sh('npx govlint /dev/null --lang en', dir)).toEqual({ code: 2, stdout: '', stderr: 'govlint: not a regular file or folder: /dev/null (only Markdown files and folders are linted)\n' });
    expect(sh('npx govlint --max-warnings -1 --format json' + TODAY, dir).code).toBe(plain.code);
  });
});

describe('README: Word og PDF', () => {
  it('lints a folder of .docx files, imports one beside itself and a folder into another, and says what it does with --fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govlint-docs-word-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'word'));
    writeFileSync(join(dir, 'word', 'politik.docx'), await policyWithGoalHeadings());
    writeFileSync(join(dir, 'word', 'kvalitetsstandard.docx'), await qualityStandardWithTimeLimits());
    const linted = sh(documented('npx govlint word/') + TODAY + ' --lang da', dir);
    expect(linted.code).toBe(1); // the service level's parent is not in this folder
    expect(linted.stdout).toContain('↳ afsnit 14 i Mål › M2 Styrket trivsel: »Vi vil styrke trivslen blandt børn og unge.«');
    expect(readme).toContain('`↳ afsnit 14 i Mål › M2 Styrket trivsel: »Vi vil styrke trivslen …«`');
    const one = sh(documented('npx govlint import word/politik.docx'), dir);
    expect(one.code).toBe(0);
    expect(readFileSync(join(dir, 'word', 'politik.md'), 'utf8')).toMatch(/^---\nid: sammenhaengende-boerne-og-ungepolitik-2025-2028\ntype: politik\n/);
    const folder = sh(documented('npx govlint import word/ -o markdown/'), dir);
    // politik.md beside the .docx is not a .docx: the folder run imports the two Word files.
    expect(folder.code).toBe(0);
    expect(readdirSync(join(dir, 'markdown')).sort()).toEqual(['kvalitetsstandard.md', 'politik.md']);
    expect(sh('npx govlint import word/politik.docx', dir).code).toBe(1); // never overwrites without --force
    expect(readme).toContain('`--fix` ændrer aldrig en `.docx` (og siger det)');
    expect(sh('npx govlint word/kvalitetsstandard.docx --fix --lang da', dir).stderr).toContain('--fix ændrer aldrig et Word-dokument');
  });
});

describe('rule pages', () => {
  it('the one command-line option they name, --today, fixes the date the date rules compare against', () => {
    const pages = readdirSync(join(root, 'rules'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    const options = new Set(pages.flatMap((page) => readFileSync(join(root, 'rules', page), 'utf8').match(/`--[a-z-]+/g) ?? []).map((option) => option.slice(1)));
    expect([...options]).toEqual(['--today']);
    const dir = samplesProject();
    const at = (today: string) =>
      (JSON.parse(sh(`npx govlint --format json --today ${today}`, dir).stdout) as { diagnostics: Array<{ rule: string }> }).diagnostics.filter((d) => d.rule === 'review-overdue').length;
    expect(at('2025-01-01')).toBeLessThan(at('2040-01-01'));
  });
});
