// `--fix` and `--fix-dry-run` from files on disk to files on disk: read (with snapshots), fix,
// check and write each file on its own, and say what became of every file that had fixes.
import { lintWorkspace } from '../engine/api/fixing.ts';
import { isWordPath, type DiscoveredFile, type LintOptions, type WorkspaceIndex } from '../engine/api/index.ts';
import type { ResolvedConfig } from '../engine/api/in-memory.ts';
import type { Diagnostic, Lang } from '../engine/api/model.ts';
import { encodeDocument, fixDiff, fixWorkspace } from './fix.ts';
import { isPlan, loadForFix, planFix, writeFix, type FixRefusal } from './fix-write.ts';

/** What became of one file that had fixes. */
export interface FileFixOutcome {
  file: string;
  /** Fixes written (or, in a dry run, that would be). */
  fixed: number;
  /** Why the file was not written, when it was not. */
  refused?: FixRefusal;
  /** Why some of its fixes were left out (the fixed file would not read back as text). */
  blocked?: string;
}

export interface FixRun {
  outcomes: FileFixOutcome[];
  /** Unified diffs of the files a dry run would write. */
  diffs: string[];
  /** Findings of the files as they now are on disk (a file not written keeps its findings). */
  remaining: Diagnostic[];
  workspace: WorkspaceIndex;
}

const byPath = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * Fixes the files (or, with `dryRun`, works out what it would write) and reports each file's
 * outcome. With `reported`, only those files are fixed and reported; the others are read for
 * the hierarchy rules.
 */
export function runFix(files: readonly DiscoveredFile[], config: ResolvedConfig, lintOptions: LintOptions, dryRun: boolean, reported?: ReadonlySet<string>): FixRun {
  const { workspace, snapshots } = loadForFix(files, config);
  const isReported = (file: string) => reported === undefined || reported.has(file);
  const outcome = fixWorkspace(workspace, lintOptions, undefined, isReported);
  const absolute = new Map(files.map((file) => [file.relative, file.absolute]));
  const outcomes: FileFixOutcome[] = [];
  const diffs: string[] = [];
  let anyRefused = false;
  // Hard links to one file found under several names: the file is written once, through the first
  // name; another name then only needs to have been fixed the same way.
  const written = new Map<string, Buffer>();
  for (const [file, fixed] of [...outcome.changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // --fix never writes a Word document (its findings carry no fix; an edit from elsewhere is dropped too).
    if (isWordPath(file)) continue;
    const snapshot = snapshots.get(file);
    const identity = snapshot ? `${snapshot.dev}:${snapshot.ino}` : file;
    const same = written.get(identity);
    let refused: FixRefusal | undefined;
    if (same) refused = same.equals(encodeDocument(fixed.text, fixed.before.hasBom)) ? undefined : { reason: 'changed' };
    else {
      const plan = planFix(file, absolute.get(file)!, fixed, snapshot, config);
      refused = !isPlan(plan) ? plan : dryRun ? undefined : writeFix(plan);
      if (isPlan(plan) && !refused) written.set(identity, plan.bytes);
    }
    const blocked = outcome.blocked.get(file);
    outcomes.push({ file, fixed: refused ? 0 : fixed.fixes, ...(refused ? { refused } : {}), ...(blocked !== undefined ? { blocked } : {}) });
    if (refused) {
      // Not written: the file keeps its findings, so the report and the exit status tell the truth.
      workspace.set(fixed.before);
      anyRefused = true;
    } else if (dryRun) diffs.push(fixDiff(file, fixed.before.text, fixed.text));
  }
  for (const [file, detail] of outcome.blocked) if (!outcome.changed.has(file)) outcomes.push({ file, fixed: 0, blocked: detail });
  outcomes.sort(byPath);
  const remaining = anyRefused ? lintWorkspace(workspace, lintOptions).filter((diagnostic) => isReported(diagnostic.file)) : outcome.remaining;
  return { outcomes, diffs, remaining, workspace };
}

type Words = Record<'fixed' | 'wouldFix' | 'notFixed' | 'wouldNotFix' | 'partly' | 'unreadable' | FixRefusal['reason'], string>;

const WORDS: Record<Lang, Words> = {
  da: {
    fixed: 'rettede {n} problem(er)',
    wouldFix: 'ville rette {n} problem(er)',
    notFixed: 'ikke rettet: {why}',
    wouldNotFix: 'ville ikke blive rettet: {why}',
    partly: 'nogle rettelser er udeladt: {why}',
    unreadable: 'den rettede fil ville ikke kunne læses som tekst ({detail})',
    changed: 'filen er ændret, efter govlint læste den',
    gone: 'filen findes ikke længere',
    'read-only': 'filen er skrivebeskyttet',
    'not-writable': 'filen kan ikke skrives ({detail})',
    'folder-not-writable': 'mappen kan ikke skrives ({detail})',
    'not-verified': 'den nye fil ville ikke være præcis den gamle med rettelserne ({detail})',
    'write-failed': 'skrivningen mislykkedes ({detail}); filen er uændret',
  },
  en: {
    fixed: 'fixed {n} problem(s)',
    wouldFix: 'would fix {n} problem(s)',
    notFixed: 'not fixed: {why}',
    wouldNotFix: 'would not be fixed: {why}',
    partly: 'some fixes were left out: {why}',
    unreadable: 'the fixed file would not read as text ({detail})',
    changed: 'the file changed after govlint read it',
    gone: 'the file no longer exists',
    'read-only': 'the file is read-only',
    'not-writable': 'the file cannot be written ({detail})',
    'folder-not-writable': 'the folder cannot be written ({detail})',
    'not-verified': 'the new file would not be exactly the old one with the fixes ({detail})',
    'write-failed': 'writing failed ({detail}); the file is unchanged',
  },
};

/** One stderr line per file that had fixes: fixed, or not fixed and why. */
export function describeFixOutcomes(outcomes: readonly FileFixOutcome[], lang: Lang, dryRun: boolean): string {
  const words = WORDS[lang];
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.refused) {
      const refused = outcome.refused;
      const why = words[refused.reason].replace('{detail}', 'detail' in refused ? refused.detail : '');
      lines.push(`govlint: ${outcome.file}: ${(dryRun ? words.wouldNotFix : words.notFixed).replace('{why}', why)}`);
      continue;
    }
    const unreadable = outcome.blocked === undefined ? undefined : words.unreadable.replace('{detail}', outcome.blocked);
    if (outcome.fixed > 0) lines.push(`govlint: ${outcome.file}: ${(dryRun ? words.wouldFix : words.fixed).replace('{n}', String(outcome.fixed))}`);
    if (unreadable !== undefined) lines.push(`govlint: ${outcome.file}: ${(outcome.fixed > 0 ? words.partly : dryRun ? words.wouldNotFix : words.notFixed).replace('{why}', unreadable)}`);
  }
  return lines.map((line) => line + '\n').join('');
}
