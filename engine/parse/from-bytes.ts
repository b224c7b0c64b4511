import type { ResolvedConfig } from '../config/schema.ts';
import type { GovDocument } from '../model/document.ts';
import { decodeDocumentBytes } from '../read.ts';
import { rangeAt } from '../text/positions.ts';
import { parseGovDocument } from './document.ts';

function parseOptions(config: ResolvedConfig) {
  return { levels: config.levels, maxYamlAliases: config.limits.maxYamlAliases, maxNestingDepth: config.limits.maxNestingDepth };
}

/** Parses a document from text already in memory (an editor buffer); `reuseChunks` takes unchanged chunks of a long text from a cache. */
export function documentFromText(path: string, text: string, config: ResolvedConfig, reuseChunks = false): GovDocument {
  if (text.length > config.limits.maxFileBytes) {
    return unreadableDocument(path, `too-large: ${text.length} characters > ${config.limits.maxFileBytes}`);
  }
  if (text.includes('\u0000')) return unreadableDocument(path, 'binary: NUL characters');
  return parseGovDocument(path, text, { ...parseOptions(config), reuseChunks });
}

/**
 * Parses a document from the bytes of a file; a file that is not UTF-8 text becomes a document
 * with a read problem. `reuseChunks` as in `documentFromText` (the fixer reads each fixed text back).
 */
export function documentFromBytes(path: string, bytes: Uint8Array, config: ResolvedConfig, reuseChunks = false): GovDocument {
  const decoded = decodeDocumentBytes(bytes, config.limits.maxFileBytes);
  if (!decoded.ok) return unreadableDocument(path, `${decoded.reason}: ${decoded.detail}`);
  return parseGovDocument(path, decoded.text, { ...parseOptions(config), reuseChunks });
}

/** A placeholder for a file that could not be read, so the problem is reported on that file. */
export function unreadableDocument(path: string, problem: string): GovDocument {
  const lineStarts = [0];
  return {
    path,
    text: '',
    hasBom: false,
    eol: '\n',
    meta: { implements: [], status: 'draft' },
    sections: [],
    allSections: [],
    goals: [],
    textBlocks: [],
    comments: [],
    parseProblems: [{ kind: 'read', message: problem, range: rangeAt(lineStarts, 0, 0) }],
    lineStarts,
  };
}
