import { runCli } from './main.ts';
import { processIo } from './stdio.ts';

// Write, then exit once stdout has drained, so a large JSON report is never cut off in a pipe.
const io = processIo(process.cwd(), process.stdout, process.stderr);
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
