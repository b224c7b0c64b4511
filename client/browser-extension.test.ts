// The web extension's manifest and commands: package.json's `browser` entry is the bundle the
// build makes from client/browser-extension.ts, and every command the manifest contributes has a
// handler there too (in the browser, a contributed command without one fails as "not found").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

const source = readFileSync(join(import.meta.dirname, 'browser-extension.ts'), 'utf8');
const build = readFileSync(join(import.meta.dirname, '..', 'web', 'build.mjs'), 'utf8');

describe('the web extension', () => {
  it("is the package's browser entry, built from client/browser-extension.ts, and its server bundle is packaged", () => {
    const manifest = pkg as unknown as { browser: string; files: string[] };
    expect(manifest.browser).toBe('./dist/web/extension.js');
    expect(build).toContain("entryPoints: { extension: join(root, 'client/browser-extension.ts') }");
    expect(manifest.files).toEqual(expect.arrayContaining(['dist/web/extension.js', 'dist/web/server.js']));
    expect(source).toContain("'dist', 'web', 'server.js'");
  });

  it('handles every contributed command', () => {
    const commands = (pkg as unknown as { contributes: { commands: Array<{ command: string }> } }).contributes.commands.map((c) => c.command);
    for (const command of commands) expect(source, command).toContain(`'${command}'`);
    expect(source).toContain("registerCommand('govlint.fixAll'");
    expect(source).toContain("registerCommand('govlint.restartServer'");
  });
});
