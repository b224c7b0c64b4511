import { describe, expect, it } from 'vitest';
import { frontmatterValueSchemas } from '../../rules/document/support/frontmatter-values.ts';
import { isDocumentId, scanGoalRefs } from './ids.ts';

const refs = (value: string) => scanGoalRefs(value).map((ref) => `${ref.documentId ?? ''}#${ref.goalId}@${value.slice(ref.start, ref.end)}`);

describe('the id grammar', () => {
  it('reads a qualified reference as document id and goal id, for any document id', () => {
    expect(refs('BUP-2025#M1')).toEqual(['BUP-2025#M1@BUP-2025#M1']);
    expect(refs('politik.2025#M1')).toEqual(['politik.2025#M1@politik.2025#M1']);
    expect(refs('(Ældre_Politik#M2.1), boernepolitik-2025#SN-3.')).toEqual(['Ældre_Politik#M2.1@Ældre_Politik#M2.1', 'boernepolitik-2025#SN-3@boernepolitik-2025#SN-3']);
    expect(refs('-doc#M1')).toEqual(['doc#M1@doc#M1']);
  });

  it('reads bare goal ids as before, next to qualified ones', () => {
    expect(refs('M1, M2 og politik.2025#M3')).toEqual(['#M1@M1', '#M2@M2', 'politik.2025#M3@politik.2025#M3']);
    expect(refs('M1-M3')).toEqual(['#M1@M1', '#M3@M3']);
    expect(refs('BUP-2025')).toEqual(['#BUP-2025@BUP-2025']);
    expect(refs('#M1 og doc#')).toEqual(['#M1@M1']);
  });

  it('accepts in a reference exactly what the front-matter schema accepts as an id', () => {
    for (const id of ['BUP-2025', 'politik.2025', 'Ældre_Politik', '2025', 'a', 'x.-_y', 'æøå']) {
      expect(frontmatterValueSchemas.id!.safeParse(id).success, id).toBe(true);
      expect(isDocumentId(id), id).toBe(true);
      expect(
        scanGoalRefs(`${id}#M1`).map((ref) => ref.documentId),
        id,
      ).toEqual([id]);
    }
    for (const id of ['-a', '.a', 'a b', 'a#b', '', 'a/b']) {
      expect(frontmatterValueSchemas.id!.safeParse(id).success, id).toBe(false);
      expect(isDocumentId(id), id).toBe(false);
    }
  });

  it('stays linear on long runs without "#"', () => {
    const value = `${'a'.repeat(200_000)} ${'M1'.repeat(50_000)}`;
    const started = performance.now();
    scanGoalRefs(value);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
