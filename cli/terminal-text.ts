// Text from documents (front-matter values, quoted passages, file names) shown on a terminal:
// control characters are written as visible escapes (`\x1b`, `\x07`, `\n`), so a document cannot
// clear the screen, set the window title or hide a line by carrying ESC, BEL or a bare CR.

/** C0 controls but tab, DEL, and the C1 controls (U+0080–U+009F): what a terminal may act on. */
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
/** The same without line feed and carriage return, for formats that encode those themselves. */
const CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  return `\\x${code.toString(16).padStart(2, '0')}`;
}

/** `text` with every control character but tab shown as an escape (`\x1b`, `\n`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, visible);
}

/** Like `escapeControls`, but keeps line feeds and carriage returns (the caller encodes them). */
export function escapeControlsButLineBreaks(text: string): string {
  return text.replace(CONTROLS_BUT_LINE_BREAKS, visible);
}
