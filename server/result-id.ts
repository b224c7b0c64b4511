// The result ID of a document's findings as sent (pull diagnostics compare it): a short hash of
// their LSP form. The web server's build takes result-id.browser.ts instead (no node:crypto there).
import { createHash } from 'node:crypto';

export function resultIdOf(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 16);
}
