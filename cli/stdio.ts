// The CLI's standard streams. A reader that stops early (`govlint … | head -c 100`) closes the
// pipe: the rest of the output is dropped quietly, and the exit status stays what the findings
// say (0, 1), as if the reader had read it all. Any other failure to write stdout (a full disk)
// is one line on stderr and exit status 2.
import type { CliIo } from './main.ts';

/** The parts of a process stream the CLI uses (so tests can pass their own). */
export interface WritableOut {
  write(text: string): boolean;
  once(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  isTTY?: boolean;
}

export interface ProcessIo extends CliIo {
  /** The error that stopped stdout other than a closed pipe (EPIPE), if any. */
  stdoutFailure(): NodeJS.ErrnoException | undefined;
}

export function processIo(cwd: string, stdout: WritableOut, stderr: WritableOut): ProcessIo {
  let stdoutClosed = false;
  let stdoutError: NodeJS.ErrnoException | undefined;
  let stderrClosed = false;
  stdout.on('error', (error) => {
    stdoutClosed = true;
    if (error.code !== 'EPIPE') stdoutError ??= error;
  });
  // A closed stderr (`2>&1 | head`) is no reason to fail either: warnings are then simply not seen.
  stderr.on('error', () => {
    stderrClosed = true;
  });
  return {
    cwd,
    stdout: (text) => (stdoutClosed ? true : stdout.write(text)),
    drained: () =>
      stdoutClosed
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            // A pipe closed while full never drains: 'close' ends the wait too.
            const done = () => {
              stdout.off('drain', done);
              stdout.off('close', done);
              resolve();
            };
            stdout.once('drain', done);
            stdout.once('close', done);
          }),
    stderr: (text) => {
      if (!stderrClosed) stderr.write(text);
    },
    isTTY: stdout.isTTY === true,
    stderrIsTTY: stderr.isTTY === true,
    stdoutFailure: () => stdoutError,
  };
}
