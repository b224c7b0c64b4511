// Whether a glob can name files outside the folder it is resolved in. Pure (no file system), so
// the configuration schema can ask it in any build, the browser's included.

/**
 * True for an `include` pattern that can name files outside the folder it is resolved in: an
 * absolute path (`/etc/*.conf`, `C:/…`, `~/…`) or a `..` segment (`../outside/*.md`, also inside
 * braces or extglobs such as `{..,docs}/*.md`).
 */
export function reachesOutside(pattern: string): boolean {
  if (/^[/\\~]/.test(pattern) || /^[A-Za-z]:/.test(pattern)) return true;
  return /(?:^|[/\\{,(|@!?*+])\.\.(?:$|[/\\},)|])/.test(pattern);
}
