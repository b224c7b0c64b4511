import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reachesOutside, WorkspaceBoundary } from './boundary.ts';
import { discoverFiles } from './discover.ts';

const base = mkdtempSync(join(tmpdir(), 'govlint-boundary-unit-'));
const project = join(base, 'project');
mkdirSync(join(project, 'docs'), { recursive: true });
mkdirSync(join(base, 'outside'));
writeFileSync(join(base, 'outside', 'secret.md'), '# secret\n');
writeFileSync(join(project, 'docs', 'a.md'), '# a\n');
symlinkSync(join(base, 'outside'), join(project, 'linked'));
symlinkSync(join(base, 'outside', 'secret.md'), join(project, 'link.md'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the workspace boundary', () => {
  it('recognises include patterns that reach outside', () => {
    for (const pattern of ['../x/*.md', '/etc/*.conf', '~/x.md', 'C:/x/*.md', '\\\\server\\x.md', 'docs/../../x.md', '{..,docs}/*.md', '@(..)/*.md', '..']) {
      expect(reachesOutside(pattern), pattern).toBe(true);
    }
    for (const pattern of ['**/*.md', 'docs/**/*.md', 'a..b.md', '..md', 'docs/..x/*.md', '{a,b}/*.md']) {
      expect(reachesOutside(pattern), pattern).toBe(false);
    }
  });

  it('contains a file only inside the folder and not behind a symbolic link', () => {
    const boundary = new WorkspaceBoundary(project);
    expect(boundary.contains(join(project, 'docs', 'a.md'))).toBe(true);
    expect(boundary.contains(join(project, 'linked', 'secret.md'))).toBe(false);
    expect(boundary.contains(join(project, 'link.md'))).toBe(false);
    expect(boundary.contains(join(base, 'outside', 'secret.md'))).toBe(false);
    expect(boundary.contains(project)).toBe(false);
  });

  it('keeps discovery inside the searched folder whatever the include globs say', async () => {
    const include = ['**/*.md', '../outside/*.md', `${join(base, 'outside')}/*.md`, 'linked/*.md', 'link.md', 'docs/../../outside/*.md'];
    const files = await discoverFiles(['.'], { cwd: project, root: project, include, ignore: [] });
    expect(files.map((file) => file.relative)).toEqual(['docs/a.md']);
  });
});

describe('.gitignore files outside the project', () => {
  it('are not read when no repository encloses the project', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'govlint-gitignore-'));
    try {
      const inner = join(outer, 'project');
      mkdirSync(inner);
      writeFileSync(join(outer, '.gitignore'), 'a.md\n');
      writeFileSync(join(inner, '.gitignore'), 'b.md\n');
      for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(inner, name), '# x\n');
      const files = await discoverFiles(['.'], { cwd: inner, root: inner, include: ['**/*.md'], ignore: [] });
      // The project's own .gitignore applies; the one above it is never read (a.md stays).
      expect(files.map((file) => file.relative)).toEqual(['a.md', 'c.md']);
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });
});
