#!/usr/bin/env node
import { runCli } from './main.ts';
import { processIo, readStdin } from './stdio.ts';

if (process.argv[2] === 'lsp') {
  // `govlint lsp`: the language server (its own bundle beside this one) on stdio, for editors
  // other than VS Code. The server reads `--stdio` (or `--node-ipc`, `--socket=N`) from argv.
  const rest = process.argv.slice(3);
  if (!rest.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) rest.push('--stdio');
  process.argv.splice(2, process.argv.length - 2, ...rest);
  const server = new URL('./server.js', import.meta.url).href;
  await import(server);
} else {
  // Write, then exit once stdout has drained, so a large JSON report is never cut off in a pipe.
  const io = { ...processIo(process.cwd(), process.stdout, process.stderr), readStdin };
  const code = await runCli(process.argv.slice(2), io);
  process.exitCode = code;
  // A failure to write stdout shows only once the queued output is flushed: checked as the process ends.
  process.once('beforeExit', () => {
    const failure = io.stdoutFailure();
    if (failure) {
      io.stderr(`govlint: cannot write the output (${failure.code ?? failure.message})\n`);
      process.exitCode = 2;
    }
  });
}
