// Phase 1 on the worker pool falls back to this thread when the pool fails: the CLI and the
// language server both rely on it, so a worker that cannot start costs time, never findings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorkspace, writeWorkspace } from '../../bench/generate.mjs';
import { resolveConfig } from '../config/schema.ts';
import { lintEach } from '../lint/files.ts';
import type { LintOptions } from '../lint/runner.ts';
import { allRules } from '../../rules/index.ts';
import { lintPhaseOne } from './phase-one.ts';

describe('lintPhaseOne', () => {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-phase-one-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const generated = generateWorkspace(160, 5);
  writeWorkspace(join(dir, 'ws'), generated);
  const files = generated.map(([relative]) => ({ relative, absolute: join(dir, 'ws', relative) }));
  const options: LintOptions = { config: resolveConfig({}, join(dir, 'ws')), rules: allRules, today: '2026-11-23' };

  it('reads the files here when the workers fail, says why, and finds what a run here finds', async () => {
    const crashing = join(dir, 'crashing-worker.mjs');
    writeFileSync(crashing, "throw new Error('no worker today');\n");
    const failures: string[] = [];
    const linted = await lintPhaseOne(files, options, { concurrency: 2, workersOnly: true, workerScript: crashing, onWorkerFailure: (detail) => failures.push(detail) });
    expect(failures).toEqual(['no worker today']);
    expect(linted).toEqual(lintEach(files, options));
    expect(linted.map((file) => file.outline.path)).toEqual(files.map((file) => file.relative));
  }, 120_000);

  it('runs a set of rules other than all of them on this thread, without starting workers', async () => {
    const failures: string[] = [];
    const rules = allRules.filter((rule) => rule.meta.id === 'missing-owner');
    const linted = await lintPhaseOne(files.slice(0, 20), { ...options, rules }, { concurrency: 2, workerScript: join(dir, 'missing.mjs'), onWorkerFailure: (detail) => failures.push(detail) });
    expect(failures).toEqual([]);
    const found = linted.flatMap((file) => file.diagnostics);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((diagnostic) => diagnostic.rule === 'missing-owner')).toBe(true);
  }, 120_000);
});
