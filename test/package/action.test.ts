// action.yml, the composite GitHub Action, run here as a runner runs it: each step's `run:` script
// through `bash --noprofile --norc -eo pipefail`, in a workspace folder, with the environment a
// runner gives (GITHUB_WORKSPACE, GITHUB_ACTION_PATH, RUNNER_TEMP, GITHUB_OUTPUT) and the step's
// `env:` with its `${{ inputs.… }}` and `${{ steps.….outputs.… }}` expressions substituted; a step
// that fails ends the job. govlint is installed from this repository's packed tarball, offline.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const TODAY = '2026-11-23';

interface ActionStep {
  name: string;
  id?: string;
  shell: string;
  env?: Record<string, string>;
  run: string;
}
interface Action {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action;

const scratch = mkdtempSync(join(tmpdir(), 'govlint-action-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;
function tempDir(name: string): string {
  const dir = join(scratch, `${name}-${++counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

interface StepRun {
  name: string;
  code: number | null;
  stdout: string;
  stderr: string;
}
interface ActionRun {
  steps: StepRun[];
  outputs: Record<string, string>;
}

/** `${{ … }}` as the runner substitutes it, for the expressions action.yml uses; anything else is an error here. */
function substitute(text: string, inputs: Record<string, string>, steps: Record<string, Record<string, string>>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) {
      if (!(input[1]! in action.inputs)) throw new Error(`action.yml uses an undeclared input: ${expression}`);
      return inputs[input[1]!] ?? action.inputs[input[1]!]!.default ?? '';
    }
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return steps[output[1]!]?.[output[2]!] ?? '';
    throw new Error(`an expression this test does not evaluate: ${expression}`);
  });
}

/** `key=value` lines of a GITHUB_OUTPUT file. */
function readOutputs(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
  }
  return outputs;
}

/** Runs the action's steps in `workspace` with `inputs`, as a runner would, until one fails. */
function runAction(workspace: string, inputs: Record<string, string>): ActionRun {
  for (const name of Object.keys(inputs)) expect(action.inputs, `input ${name}`).toHaveProperty([name]);
  const runnerTemp = tempDir('runner-temp');
  const steps: Record<string, Record<string, string>> = {};
  const runs: StepRun[] = [];
  for (const [index, step] of action.runs.steps.entries()) {
    const script = join(runnerTemp, `step-${index}.sh`);
    writeFileSync(script, step.run);
    const outputFile = join(runnerTemp, `output-${index}`);
    writeFileSync(outputFile, '');
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      // npm: the tarball only, never the registry.
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: root,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: runnerTemp,
      LANG: 'C.UTF-8',
    };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(value, inputs, steps);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8', timeout: 120_000 });
    runs.push({ name: step.name, code: result.status, stdout: result.stdout, stderr: result.stderr });
    if (step.id) steps[step.id] = readOutputs(outputFile);
    if (result.status !== 0) break;
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, substitute(output.value, inputs, steps)]));
  return { steps: runs, outputs };
}

/** A workspace: the repository's checkout, a git root. */
function workspace(fixture?: string): string {
  const dir = tempDir('workspace');
  mkdirSync(join(dir, '.git'));
  if (fixture) cpSync(fixture, dir, { recursive: true });
  return dir;
}

function annotations(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::'));
}

let tarball = '';
beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
  const packDir = tempDir('pack');
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  expect(pack.status, pack.stderr).toBe(0);
  tarball = join(packDir, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename);
}, 180_000);

describe('action.yml', { timeout: 120_000 }, () => {
  it('is a composite action of bash steps whose scripts take inputs from env: only, never from an expression in the script', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'config', 'fail-on', 'max-warnings', 'sarif-file', 'args', 'package']);
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
    for (const step of action.runs.steps) {
      expect(step.shell).toBe('bash');
      expect(step.run).not.toContain('${{');
    }
  });

  it('on the samples: installs govlint, writes the SARIF log, annotates every finding and fails on the errors', () => {
    const dir = workspace(join(root, 'samples'));
    const run = runAction(dir, { package: tarball, args: `--today ${TODAY}` });
    expect(run.steps.map((step) => [step.name, step.code])).toEqual([
      ['Install govlint', 0],
      ['Lint (SARIF)', 0],
      ['Annotate', 1],
    ]);
    expect(run.steps[0]!.stdout).toMatch(/^govlint \d+\.\d+\.\d+ at .+\/node_modules\/\.bin\/govlint$/m);
    const expected = JSON.parse(spawnSync(process.execPath, [cli, '--format', 'json', '--today', TODAY], { cwd: dir, encoding: 'utf8' }).stdout) as {
      diagnostics: Array<{ file: string; line: number; severity: string; rule: string }>;
    };
    expect(expected.diagnostics.length).toBeGreaterThan(20);

    expect(run.outputs['sarif-file']).toBe('govlint.sarif');
    const log = JSON.parse(readFileSync(join(dir, 'govlint.sarif'), 'utf8')) as { version: string; runs: Array<{ tool: { driver: { name: string } }; results: Array<{ ruleId: string }> }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.name).toBe('govlint');
    expect(log.runs[0]!.results.map((result) => result.ruleId)).toEqual(expected.diagnostics.map((diagnostic) => diagnostic.rule));

    const lines = annotations(run.steps[2]!.stdout);
    expect(lines).toHaveLength(expected.diagnostics.length);
    const level: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };
    expected.diagnostics.forEach((diagnostic, i) => {
      expect(lines[i]).toMatch(
        new RegExp(`^::${level[diagnostic.severity]} file=${diagnostic.file.replace(/[.]/g, '\\.')},line=${diagnostic.line},col=\\d+,endLine=\\d+,endColumn=\\d+,title=${diagnostic.rule}[ :]`),
      );
    });
    // Nothing beside the documents and the log: the cache lives in the runner's temporary folder.
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
  });

  it('fail-on never: the same annotations, and the step succeeds', () => {
    const dir = workspace(join(root, 'samples'));
    const run = runAction(dir, { package: tarball, args: `--today ${TODAY}`, 'fail-on': 'never', 'sarif-file': '' });
    expect(run.steps.map((step) => step.code)).toEqual([0, 0, 0]);
    expect(annotations(run.steps[2]!.stdout).filter((line) => line.startsWith('::error '))).not.toEqual([]);
    expect(run.outputs['sarif-file']).toBe('');
    expect(existsSync(join(dir, 'govlint.sarif'))).toBe(false);
  });

  it('paths: globs and a negation, one per line, report only what they name', () => {
    const dir = workspace(join(root, 'samples'));
    const run = runAction(dir, { package: tarball, args: `--today ${TODAY}`, paths: 'da/**/*.md\n!da/retningslinjer/**', 'sarif-file': 'out/govlint.sarif' });
    expect(run.steps.map((step) => step.code)).toEqual([0, 0, 1]);
    const files = new Set(annotations(run.steps[2]!.stdout).map((line) => /file=([^,]+),/.exec(line)![1]!));
    expect([...files].sort()).toEqual(['da/politik/boerne-og-ungepolitik.md', 'da/serviceniveauer/anbringelse.md', 'da/serviceniveauer/forebyggelse.md', 'da/serviceniveauer/sagsbehandling.md']);
    const log = JSON.parse(readFileSync(join(dir, 'out', 'govlint.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(log.runs[0]!.results).toHaveLength(annotations(run.steps[2]!.stdout).length);
  });

  describe("what fails the step, with the repository's own govlint (node_modules/.bin, as after npm ci)", () => {
    const vaguePolicy =
      '---\nid: p\ntype: politik\ntitel: Politik\nansvarlig: Byrådet\nvedtaget: 2025-01-01\nrevision: 2027-01-01\n---\n\n## Værdier\n\nX.\n\n## Målgrupper\n\nX.\n\n## Mål\n\n### M1 Bedre trivsel\nTrivslen skal styrkes.\n\n## Opfølgning\n\nX.\n';
    function warningsOnly(): string {
      const dir = workspace();
      writeFileSync(join(dir, 'politik.md'), vaguePolicy);
      mkdirSync(join(dir, 'ci'));
      writeFileSync(join(dir, 'ci', 'strict.yaml'), 'rules:\n  vague-goal: error\n');
      mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
      symlinkSync(cli, join(dir, 'node_modules', '.bin', 'govlint'));
      return dir;
    }
    // Never installed: the repository's own govlint is used.
    const package_ = 'govlint-not-to-be-installed@0.0.0';
    const codes = (run: ActionRun) => run.steps.map((step) => step.code);

    it('warnings alone pass with fail-on error, and fail with fail-on warning or max-warnings 0', () => {
      const dir = warningsOnly();
      const passed = runAction(dir, { package: package_, 'sarif-file': '' });
      expect(codes(passed)).toEqual([0, 0, 0]);
      expect(passed.steps[0]!.stdout).toContain(`at ${join(dir, 'node_modules', '.bin', 'govlint')}`);
      expect(annotations(passed.steps[2]!.stdout)).toContainEqual(expect.stringMatching(/^::warning file=politik\.md,.*title=vague-goal \(M1\)::/));
      expect(codes(runAction(dir, { package: package_, 'sarif-file': '', 'fail-on': 'warning' }))).toEqual([0, 0, 1]);
      expect(codes(runAction(dir, { package: package_, 'sarif-file': '', 'max-warnings': '0' }))).toEqual([0, 0, 1]);
      expect(codes(runAction(dir, { package: package_, 'sarif-file': '', 'max-warnings': '5' }))).toEqual([0, 0, 0]);
    });

    it('config: the named configuration decides the severities', () => {
      const run = runAction(warningsOnly(), { package: package_, config: 'ci/strict.yaml' });
      expect(codes(run)).toEqual([0, 0, 1]);
      expect(annotations(run.steps[2]!.stdout)).toContainEqual(expect.stringMatching(/^::error file=politik\.md,.*title=vague-goal \(M1\)::/));
    });

    it('a configuration that cannot be read, or a fail-on it does not know, fails with status 2', () => {
      const missing = runAction(warningsOnly(), { package: package_, config: 'ci/missing.yaml' });
      expect(codes(missing)).toEqual([0, 2]); // the SARIF step stops the job
      expect(missing.steps[1]!.stderr).toMatch(/ci\/missing\.yaml/);
      const unknown = runAction(warningsOnly(), { package: package_, 'sarif-file': '', 'fail-on': 'sometimes' });
      expect(codes(unknown)).toEqual([0, 0, 2]);
      expect(unknown.steps[2]!.stdout).toContain("::error title=govlint::fail-on must be error, warning or never, not 'sometimes'");
    });
  });
});
