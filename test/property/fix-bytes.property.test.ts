// Property test of what `--fix` writes, on files of arbitrary bytes (NUL anywhere, invalid UTF-8,
// lone CR, BOMs, stray BOM bytes, sizes around the 2 MiB limit) with fixable findings placed among
// them: every byte outside the fixed spans is unchanged, a file that does not read as text is not
// touched, no file grows past the limit, and none shrinks to nothing. It runs the CLI's own code
// path (read with snapshots, fix, check, write) on real files in a temp folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runFix } from '../../cli/fix-run.ts';
import { resolveConfig } from '../../engine/config/schema.ts';
import { decodeDocumentBytes } from '../../engine/read.ts';
import { allRules } from '../../rules/index.ts';

vi.setConfig({ testTimeout: 240_000 });

const MAX = 2 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'govlint-fix-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = resolveConfig({}, dir);
const lintOptions = { config, rules: allRules, today: '2026-11-23' };

/** A part of a generated file: bytes that must survive as they are, or a fixable span and what its fix writes. */
type Part = { keep: Buffer } | { from: Buffer; to: Buffer };

const keep = (text: string | Uint8Array): Part => ({ keep: Buffer.from(text as string) });
const fixable = (from: string, to: string): Part => ({ from: Buffer.from(from), to: Buffer.from(to) });

/** Front-matter dates the `frontmatter-invalid` fix rewrites as ISO dates (one grows by 2 bytes). */
const DATES: Array<[string, string]> = [
  ['12. marts 2025', '2025-03-12'],
  ['1/2/2025', '2025-02-01'],
  ['"1. juni 2028"', '2028-06-01'],
];
/** Prose the `legal-reference-outdated` fix rewrites. */
const REFERENCES: Array<[string, string]> = [
  ['SEL § 146', 'BL § 9'],
  ['servicelovens § 146', 'barnets lovs § 9'],
];

/** Bytes that break text: NUL, lone CR, BOM bytes, invalid UTF-8 lead and continuation bytes, and any byte at all. */
const hostileByte = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0x00, 0x0d, 0x0a, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc3, 0x80, 0x20, 0x7c, 0x3e, 0x60) },
  { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }) },
);
const hostileBytes = fc.array(hostileByte, { maxLength: 40 }).map((bytes) => Uint8Array.from(bytes));
/** Valid UTF-8: Danish letters, a lone CR, a NUL, a BOM character in the middle. */
const hostileText = fc.array(fc.constantFrom('æøå', '\r', '\u0000', '\uFEFF', '§ ', '> ', '| a |', '`', ' ', 'Tekst. ', '\n', '🙂'), { maxLength: 8 }).map((parts) => parts.join(''));

const dateArb = fc.record({ key: fc.constantFrom('vedtaget', 'revision'), date: fc.constantFrom(...DATES) });
const textItem = fc.record({ kind: fc.constant('text' as const), text: hostileText });
const referenceItem = fc.record({ kind: fc.constant('reference' as const), reference: fc.constantFrom(...REFERENCES) });
/** 8.4 KB of text, so that what follows lies after the first 8 KiB (where a NUL byte no longer marks a binary file). */
const longTextItem = fc.constant({ kind: 'text' as const, text: 'Tekst. '.repeat(1200) });
/** Pads the file to the limit plus `delta` bytes (a growing fix then crosses it), at body position `at`. */
const padArb = fc.record({ delta: fc.integer({ min: -4, max: 2 }), at: fc.nat() });

const fileArb = fc.record({
  bom: fc.boolean(),
  dates: fc.array(dateArb, { maxLength: 2 }),
  body: fc.array(fc.oneof(fc.record({ kind: fc.constant('bytes' as const), bytes: hostileBytes }), textItem, referenceItem, longTextItem), { maxLength: 8 }),
  pad: fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: padArb }),
});

/** Files at the size limit give or take a few bytes, text apart from NUL bytes (which then lie after the first 8 KiB). */
const nearLimitArb = fc.record({
  bom: fc.boolean(),
  dates: fc.array(dateArb, { minLength: 1, maxLength: 2 }),
  body: fc.array(fc.oneof(fc.record({ kind: fc.constant('bytes' as const), bytes: fc.constant(Uint8Array.of(0)) }), textItem, referenceItem), { maxLength: 4 }),
  pad: padArb.map((pad) => ({ ...pad, at: 0 })),
});
type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function partsOf(spec: FileSpec): Part[] {
  const parts: Part[] = [];
  if (spec.bom) parts.push(keep(Buffer.from([0xef, 0xbb, 0xbf])));
  parts.push(keep('---\nid: a\ntype: politik\n'));
  for (const { key, date } of spec.dates) parts.push(keep(`${key}: `), fixable(date[0], date[1]), keep('\n'));
  parts.push(keep('---\n# Titel\n\n'));
  const body: Part[][] = spec.body.map((item) =>
    item.kind === 'bytes'
      ? [keep(item.bytes), keep('\n\n')]
      : item.kind === 'text'
        ? [keep(item.text), keep('\n\n')]
        : [keep('Efter '), fixable(item.reference[0], item.reference[1]), keep(' gælder.\n\n')],
  );
  if (spec.pad) {
    const size = [...parts, ...body.flat()].reduce((sum, part) => sum + ('keep' in part ? part.keep.length : part.from.length), 0);
    const pad = MAX + spec.pad.delta - size - 1;
    if (pad > 0) body.splice(spec.pad.at % (body.length + 1), 0, [keep('y'.repeat(pad)), keep('\n')]);
  }
  return [...parts, ...body.flat()];
}

/**
 * Whether `output` is the generated file with some of its fixable spans replaced by what their fix
 * writes and every other byte as it was; returns the first place it is not.
 */
function explain(output: Buffer, parts: readonly Part[]): string | undefined {
  let at = 0;
  const startsWith = (bytes: Buffer) => output.subarray(at, at + bytes.length).equals(bytes);
  for (const [index, part] of parts.entries()) {
    if ('keep' in part) {
      if (!startsWith(part.keep)) return `part ${index} (kept bytes) differs at byte ${at}`;
      at += part.keep.length;
    } else if (startsWith(part.from)) at += part.from.length;
    else if (startsWith(part.to)) at += part.to.length;
    else return `part ${index} (fixable ${JSON.stringify(part.from.toString())}) is neither kept nor fixed at byte ${at}`;
  }
  return at === output.length ? undefined : `${output.length - at} bytes more than the parts`;
}

/** Writes the files of one run, runs the fix, and checks each file's bytes and reported outcome. */
function checkRun(specs: readonly FileSpec[], counts: { fixed: number; unreadable: number; blocked: number }, run: string): void {
  const files = specs.map((spec, i) => {
    const name = `${run}-${i}.md`;
    const parts = partsOf(spec);
    const original = Buffer.concat(parts.map((part) => ('keep' in part ? part.keep : part.from)));
    writeFileSync(join(dir, name), original);
    return { file: { absolute: join(dir, name), relative: name }, parts, original };
  });
  const result = runFix(
    files.map((f) => f.file),
    config,
    lintOptions,
    false,
  );
  for (const { file, parts, original } of files) {
    const output = readFileSync(file.absolute);
    const outcome = result.outcomes.find((o) => o.file === file.relative);
    if (outcome?.blocked !== undefined) counts.blocked++;
    if (!decodeDocumentBytes(original, MAX).ok) {
      counts.unreadable++;
      expect(output.equals(original), `${file.relative} does not read as text and was changed`).toBe(true);
      continue;
    }
    if (!output.equals(original)) counts.fixed++;
    expect(explain(output, parts), file.relative).toBeUndefined();
    expect(output.length, `${file.relative} shrank to nothing`).toBeGreaterThan(0);
    expect(output.length <= MAX, `${file.relative} was written past the limit`).toBe(true);
    // What the run says of the file agrees with what is on disk.
    expect((outcome?.fixed ?? 0) > 0, file.relative).toBe(!output.equals(original));
  }
}

describe('--fix on files of arbitrary bytes', () => {
  it('changes nothing outside the fixed spans, never writes a file it cannot read, and never empties one', () => {
    const counts = { fixed: 0, unreadable: 0, blocked: 0 };
    let run = 0;
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 1, maxLength: 2 }), (specs) => checkRun(specs, counts, `r${++run}`)),
      { numRuns: 30 },
    );
    // The generator reaches both kinds of file.
    expect(counts.fixed).toBeGreaterThan(5);
    expect(counts.unreadable).toBeGreaterThan(5);
  });

  it('around the 2 MiB limit: a fix that would cross it is left out, the file is never written past it', () => {
    const counts = { fixed: 0, unreadable: 0, blocked: 0 };
    let run = 0;
    fc.assert(
      fc.property(nearLimitArb, (spec) => checkRun([spec], counts, `n${++run}`)),
      // A 2 MiB file takes about a second to fix on a loaded machine: few runs, and the case that
      // matters most always among them (exactly at the limit, a fix that grows it by 2 bytes).
      { numRuns: 5, examples: [[{ bom: false, dates: [{ key: 'vedtaget', date: DATES[1]! }], body: [], pad: { delta: 0, at: 0 } }]] },
    );
    expect(counts.blocked).toBeGreaterThan(0);
  });
});
