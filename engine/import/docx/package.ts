// The parts of a Word package (.docx: a zip of XML parts) that the reader needs, taken out with
// fflate's synchronous unzip. Every failure is a `DocxProblem` with a reason a person can act on:
// not a Word document, a password-protected one, an old binary .doc, a damaged file.
import { unzipSync } from 'fflate';

export type DocxProblemReason = 'not-docx' | 'encrypted' | 'legacy-doc' | 'corrupt' | 'too-large';

export class DocxProblem extends Error {
  constructor(
    readonly reason: DocxProblemReason,
    detail: string,
  ) {
    super(detail);
    this.name = 'DocxProblem';
  }
}

/** The parts read: the body, styles, numbering and the core properties. */
export interface DocxParts {
  document: string;
  styles?: string;
  numbering?: string;
  core?: string;
}

const WANTED: Record<string, keyof DocxParts> = {
  'word/document.xml': 'document',
  'word/styles.xml': 'styles',
  'word/numbering.xml': 'numbering',
  'docProps/core.xml': 'core',
};

/** OLE compound files (old .doc, and the wrapper Office puts around an encrypted .docx). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** `EncryptionInfo` as the UTF-16LE stream name a compound file lists it under. */
function holdsEncryptionInfo(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

const utf8 = new TextDecoder('utf-8');

/**
 * Takes the parts out of a .docx. `maxPartBytes` bounds each part's unpacked size (the sizes a
 * zip declares are checked before anything is inflated, and the output is never grown past them),
 * so a zip bomb cannot fill the memory.
 */
export function readDocxParts(bytes: Uint8Array, maxPartBytes: number): DocxParts {
  if (startsWith(bytes, CFB_MAGIC)) {
    if (holdsEncryptionInfo(bytes)) throw new DocxProblem('encrypted', 'EncryptionInfo');
    throw new DocxProblem('legacy-doc', 'Word 97-2003');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new DocxProblem('not-docx', 'no zip signature');
  const found: Partial<Record<keyof DocxParts, string>> = {};
  let tooLarge: string | undefined;
  let files;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!(file.name in WANTED)) return false;
        if (file.originalSize > maxPartBytes) {
          tooLarge = `${file.name}: ${file.originalSize} bytes > ${maxPartBytes}`;
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw new DocxProblem('corrupt', `zip: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (tooLarge) throw new DocxProblem('too-large', tooLarge);
  for (const [name, data] of Object.entries(files)) {
    const key = WANTED[name];
    if (key) found[key] = utf8.decode(data);
  }
  if (found.document === undefined) throw new DocxProblem('not-docx', 'a zip without word/document.xml');
  return found as DocxParts;
}
