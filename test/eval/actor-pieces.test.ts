import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findActor } from '../../engine/analysis/actor.ts';
import { SETS, parseItems } from './run.ts';

// A goal's title, a list item cut short or a heading may hold any few words of a statement: the actor
// finder must read each of them without throwing (a throw becomes an internal-error finding on the file).
describe('findActor on pieces of real statements', () => {
  it('reads the first and last one to six words of every statement in the real sets without throwing', () => {
    let pieces = 0;
    const failures: string[] = [];
    for (const set of SETS) {
      for (const file of set.files) {
        for (const item of parseItems(readFileSync(join(import.meta.dirname, file), 'utf8'))) {
          const words = item.statement.split(/\s+/u);
          for (let k = 1; k <= Math.min(words.length, 6); k++) {
            for (const piece of [words.slice(0, k).join(' '), words.slice(-k).join(' ')]) {
              pieces++;
              try {
                findActor(piece, item.lang);
              } catch (error) {
                failures.push(`${item.id}: ${JSON.stringify(piece)}: ${String(error)}`);
              }
            }
          }
        }
      }
    }
    expect(pieces).toBeGreaterThan(50_000);
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
