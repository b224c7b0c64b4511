/** Types for generate.mjs (the benchmark's workspace generator). */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}
export function rng(seed: number): Random;
export const POLICY_ID: string;
/** [relativePath, text] pairs for a workspace of `count` documents; the same count and seed give the same files. */
export function generateWorkspace(count: number, seed?: number): [string, string][];
export function longDocument(lines: number, seed?: number): string;
export function policyDocument(goals: number, seed?: number): string;
export function writeWorkspace(dir: string, files: readonly (readonly [string, string])[]): void;
