import { describe, expect, it } from 'vitest';
import { CONFIG_GLOB, EXCLUDE_GLOB, MARKDOWN_GLOB, MAX_SENT_BYTES, readWorkspaceFiles, type FileAccess } from './web-files.ts';

/** A workspace of files in memory, as VS Code's file system API would give them. */
function memoryAccess(files: Record<string, string | Uint8Array | Error>, searched: string[] = []): FileAccess<string> {
  const uris = Object.keys(files);
  return {
    async find(glob, exclude) {
      searched.push(`${glob} ! ${exclude}`);
      if (glob === CONFIG_GLOB) return uris.filter((uri) => /\/\.govlint\.(ya?ml|json)$/.test(uri));
      return uris.filter((uri) => uri.endsWith('.md') && !/\/(node_modules|\.git|dist|out)\//.test(uri));
    },
    async read(uri) {
      const content = files[uri]!;
      if (content instanceof Error) throw content;
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    uriString: (uri) => uri,
  };
}

describe('the web client reads the workspace for its server', () => {
  it('sends the configuration first, then every Markdown file outside node_modules, .git, dist and out', async () => {
    const searched: string[] = [];
    const result = await readWorkspaceFiles(
      memoryAccess(
        {
          'vscode-vfs://github/kommune/styring/politik/børnepolitik.md': '# Politik',
          'vscode-vfs://github/kommune/styring/node_modules/x/README.md': 'no',
          'vscode-vfs://github/kommune/styring/.govlint.yaml': 'lang: da',
          'vscode-vfs://github/kommune/styring/notes.txt': 'no',
        },
        searched,
      ),
    );
    expect(result.files).toEqual([
      { uri: 'vscode-vfs://github/kommune/styring/.govlint.yaml', text: 'lang: da' },
      { uri: 'vscode-vfs://github/kommune/styring/politik/børnepolitik.md', text: '# Politik' },
    ]);
    expect(searched.sort()).toEqual([`${CONFIG_GLOB} ! null`, `${MARKDOWN_GLOB} ! ${EXCLUDE_GLOB}`].sort());
  });

  it('leaves out a file it cannot read, and cuts one over the size limit just past it', async () => {
    const large = new Uint8Array(MAX_SENT_BYTES + 1000).fill(0x61);
    const result = await readWorkspaceFiles(memoryAccess({ 'x://w/a/gone.md': new Error('EntryNotFound'), 'x://w/a/large.md': large, 'x://w/a/ok.md': 'ok' }));
    expect(result.files.map((file) => [file.uri, file.text.length])).toEqual([
      ['x://w/a/large.md', MAX_SENT_BYTES],
      ['x://w/a/ok.md', 2],
    ]);
  });
});
