import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';
import { createProgress, PROGRESS_THRESHOLD } from '../../cli/progress.ts';

function workspace(documents: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'govlint-progress-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'politik.md'), '---\nid: p\ntype: politik\nansvarlig: Udvalget\nrevision: 2028-01-01\n---\n');
  for (let i = 1; i < documents; i++) {
    writeFileSync(join(dir, 'docs', `r${i}.md`), `---\nid: r${i}\ntype: retningslinje\nansvarlig: A\noverordnet: p\nrevision: 2028-01-01\n---\n`);
  }
  return dir;
}

async function run(cwd: string, args: string[], stderrIsTTY: boolean): Promise<string> {
  let err = '';
  await runCli([...args, '--today', '2026-11-23'], { cwd, stdout: () => {}, stderr: (text) => (err += text), isTTY: false, stderrIsTTY });
  return err;
}

describe('progress on stderr', () => {
  const large = workspace(PROGRESS_THRESHOLD + 1);

  it('draws a progress line for a large workspace on a terminal and clears it at the end', async () => {
    const err = await run(large, ['docs'], true);
    expect(err).toContain(`govlint: tjekker ${PROGRESS_THRESHOLD + 1}/${PROGRESS_THRESHOLD + 1} (100 %)`);
    expect(err.endsWith('\r\x1b[K')).toBe(true);
  });

  it('stays silent in machine formats, off a terminal and for small workspaces', async () => {
    for (const format of ['json', 'sarif', 'github']) expect(await run(large, ['docs', '--format', format], true)).toBe('');
    expect(await run(large, ['docs'], false)).toBe('');
    expect(await run(workspace(PROGRESS_THRESHOLD), ['docs'], true)).toBe('');
  });

  it('redraws at most every 100 ms, but always shows the final count', () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = createProgress({ files: 1000, stderrIsTTY: true, format: 'stylish', lang: 'en', write: (text) => lines.push(text), now: () => clock })!;
    for (let done = 1; done <= 1000; done++) {
      clock += 1;
      progress.update(done, 1000);
    }
    progress.end();
    expect(lines.length).toBe(12);
    expect(lines[0]).toBe('\r\x1b[Kgovlint: checking 1/1000 (0 %)');
    expect(lines[10]).toBe('\r\x1b[Kgovlint: checking 1000/1000 (100 %)');
    expect(lines[11]).toBe('\r\x1b[K');
  });
});
