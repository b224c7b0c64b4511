// govlint as a pre-commit (pre-commit.com) hook, the way a document repository uses it: a
// `.pre-commit-config.yaml` naming this repository by `repo:` and `rev:`. pre-commit clones the
// hook repository at that commit, runs `npm install` there (the `prepare` script builds dist/),
// `npm pack`s it and installs the tarball into the hook's environment (.pre-commit-hooks.yaml).
// Here the hook repository is a local git repository holding this checkout's files, committed;
// `git commit` in a repository of documents is refused for a vague goal and goes through once the
// goal is fixed. The npm install of the hook repository may use the registry (npm's cache first).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const hasPreCommit = spawnSync('sh', ['-c', 'command -v pre-commit'], { stdio: 'ignore' }).status === 0;
// Locally the test may be skipped without pre-commit; in CI (CI set) it always runs.
const skip = !hasPreCommit && !process.env.CI;
if (skip) console.warn('Skipping the pre-commit test: pre-commit is not installed (apt-get install -y pre-commit). In CI (CI set) it always runs.');

const scratch = mkdtempSync(join(tmpdir(), 'govlint-pre-commit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const identity = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
const env: Record<string, string | undefined> = {
  ...process.env,
  ...identity,
  PRE_COMMIT_HOME: join(scratch, 'cache'),
  NO_COLOR: '1',
  LANG: 'C.UTF-8',
  LC_ALL: undefined,
  LC_MESSAGES: undefined,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  // Not the developer's own hooks or git configuration.
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

function run(command: string, args: string[], cwd: string): { code: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 540_000 });
  if (result.error) throw result.error;
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function git(args: string[], cwd: string): string {
  const result = run('git', args, cwd);
  expect(result.code, result.output).toBe(0);
  return result.output;
}

/** A git repository of this checkout's files as they are now (committed or not), committed: the hook repository pre-commit clones. */
function hookRepository(): { path: string; rev: string } {
  const path = join(scratch, 'govlint');
  mkdirSync(path);
  git(['init', '-q', '-b', 'main'], path);
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).stdout;
  for (const file of listed.split('\0')) {
    if (!file || file === 'node_modules' || file.startsWith('node_modules/') || !existsSync(join(root, file))) continue;
    mkdirSync(dirname(join(path, file)), { recursive: true });
    copyFileSync(join(root, file), join(path, file));
  }
  git(['add', '-A'], path);
  git(['commit', '-q', '-m', 'govlint'], path);
  return { path, rev: git(['rev-parse', 'HEAD'], path).trim() };
}

const VAGUE = 'Vi vil styrke trivslen blandt skolens elever.';
const CONCRETE = 'Andelen af elever i 4.-9. klasse, der svarer, at de trives, stiger fra 82 % til 90 % senest 2027-12-31.';

function policy(goal: string): string {
  return [
    '---',
    'id: boernepolitik',
    'type: politik',
    'titel: Børne- og ungepolitik',
    'ansvarlig: Børne- og Ungeudvalget',
    'vedtaget: 2025-03-12',
    'revision: 2028-12-31',
    'sprog: da',
    '---',
    '',
    '# Børne- og ungepolitik',
    '',
    '## Børne- og familiesyn',
    '',
    'Alle børn skal have lige muligheder.',
    '',
    '## Målgrupper',
    '',
    'Børn og unge fra 0 til 18 år.',
    '',
    '## Mål',
    '',
    '### M1 Flere børn trives i skolen',
    '',
    goal,
    '',
    '- Ansvarlig: Skoleafdelingen',
    '- Frist: 2027-12-31',
    '',
    '## Opfølgning',
    '',
    'Børne- og Ungeudvalget får en status hvert år i marts.',
    '',
  ].join('\n');
}

describe.skipIf(skip)('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  it('defines the govlint hook on Markdown, run once over all staged files', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks.map((hook) => hook.id)).toEqual(['govlint']);
    expect(hooks[0]).toMatchObject({ entry: 'govlint', language: 'node', types: ['markdown'], require_serial: true });
  });

  it('refuses a commit with a vague goal, naming the finding, and lets it through once the goal is fixed', () => {
    const hook = hookRepository();
    const docs = join(scratch, 'documents');
    mkdirSync(docs);
    git(['init', '-q', '-b', 'main'], docs);
    // The municipality treats vague goals as errors: they block the commit.
    writeFileSync(join(docs, '.govlint.yaml'), 'rules:\n  vague-goal: error\n');
    writeFileSync(join(docs, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hook.path}\n    rev: ${hook.rev}\n    hooks:\n      - id: govlint\n`);
    git(['add', '.govlint.yaml', '.pre-commit-config.yaml'], docs);
    git(['commit', '-q', '-m', 'configuration'], docs);
    const install = run('pre-commit', ['install'], docs);
    expect(install.code, install.output).toBe(0);

    writeFileSync(join(docs, 'politik.md'), policy(VAGUE));
    git(['add', 'politik.md'], docs);
    const refused = run('git', ['commit', '-m', 'politik'], docs);
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toMatch(/^govlint\.+Failed$/m);
    expect(refused.output).toMatch(/^politik\.md$/m);
    expect(refused.output).toMatch(/^ {2}25:\d+ +fejl +Mål M1 er ikke specifikt: "styrke" .* {2}vague-goal$/m);
    expect(run('git', ['rev-list', '--count', 'HEAD'], docs).output.trim()).toBe('1');

    writeFileSync(join(docs, 'politik.md'), policy(CONCRETE));
    git(['add', 'politik.md'], docs);
    const accepted = run('git', ['commit', '-m', 'politik'], docs);
    expect(accepted.code, accepted.output).toBe(0);
    expect(accepted.output).toMatch(/^govlint\.+Passed$/m);
    expect(run('git', ['rev-list', '--count', 'HEAD'], docs).output.trim()).toBe('2');
  }, 600_000);
});
