// Whether the human report is coloured, as the ecosystem decides it: `--color`/`--no-color`
// first; then FORCE_COLOR (`0`/`false` turns colour off, `1`–`3`, `true` or empty forces it on,
// even in a pipe); then NO_COLOR (set and not empty: off); otherwise colour on a terminal whose
// TERM is not `dumb`.

export function colorWanted(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}
