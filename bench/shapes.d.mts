/** Types for shapes.mjs (workspaces of other shapes for the benchmark). */
export type Shape = 'project' | 'goal-heavy' | 'prose-heavy' | 'small-files';
export const SHAPES: readonly Shape[];
/** [relativePath, text] pairs for a workspace of the given shape and size; the same shape, count and seed give the same files. */
export function generateCorpus(shape: Shape, count: number, seed?: number): [string, string][];
