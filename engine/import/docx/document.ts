// A .docx read as a govlint document, as if imported: converted to Markdown in memory, parsed,
// and given its source map, so findings point at the Word paragraph. A file that is no readable
// Word document becomes a document with a read problem (`internal-error`), never a throw.
import type { ResolvedConfig } from '../../config/schema.ts';
import type { GovDocument } from '../../model/document.ts';
import { unreadableDocument } from '../../parse/from-bytes.ts';
import { parseGovDocument } from '../../parse/document.ts';
import { convertDocx, DocxProblem } from './convert.ts';

/** True for the paths read as Word documents. */
export function isWordPath(path: string): boolean {
  return /\.docx$/i.test(path);
}

/** Each include glob for Markdown with its Word twin beside it (`**\/*.md` → `**\/*.docx`). */
export function withWordGlobs(include: readonly string[]): string[] {
  const globs = [...include];
  for (const pattern of include) {
    if (/\.md$/i.test(pattern)) {
      const twin = pattern.replace(/\.md$/i, '.docx');
      if (!globs.includes(twin)) globs.push(twin);
    }
  }
  return globs;
}

/** Word's lock files (`~$politik.docx`, written beside a document open in Word): never documents. */
export const WORD_LOCK_FILES = '~$*';

/** The include and ignore globs of a search that finds Word documents beside the Markdown (the CLI's lint and report). */
export function wordAware(config: Pick<ResolvedConfig, 'include' | 'ignore'>): { include: string[]; ignore: string[] } {
  return { include: withWordGlobs(config.include), ignore: [...config.ignore, WORD_LOCK_FILES] };
}

export function documentFromDocx(path: string, bytes: Uint8Array, config: ResolvedConfig): GovDocument {
  // A .docx carries its pictures: the file may be far larger than its text.
  const maxDocxBytes = config.limits.maxFileBytes * 32;
  if (bytes.length > maxDocxBytes) return unreadableDocument(path, `too-large: ${bytes.length} bytes > ${maxDocxBytes}`);
  let conversion;
  try {
    conversion = convertDocx(bytes, { fileName: path, maxPartBytes: config.limits.maxFileBytes * 8, frontmatter: 'recognised' });
  } catch (error) {
    if (error instanceof DocxProblem) return unreadableDocument(path, `${error.reason}: ${error.message}`);
    return unreadableDocument(path, `corrupt: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (conversion.markdown.length > config.limits.maxFileBytes) {
    return unreadableDocument(path, `too-large: ${conversion.markdown.length} characters of text > ${config.limits.maxFileBytes}`);
  }
  const document = parseGovDocument(path, conversion.markdown, { levels: config.levels, maxYamlAliases: config.limits.maxYamlAliases, maxNestingDepth: config.limits.maxNestingDepth });
  document.source = conversion.source;
  return document;
}
