import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { LifecycleGate } from './lifecycle-gate.ts';
import { startServer } from './server.ts';

// A failure in one request or one document must not take the server down: log it and go on.
process.on('uncaughtException', (error) => {
  process.stderr.write(`govlint: uncaught error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`govlint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});

// `--stdio` or `--node-ipc` is read by createConnection from process.argv. The gate answers
// requests before `initialize` and after `shutdown` as the protocol says (lifecycle-gate.ts).
const gate = new LifecycleGate();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: gate });
gate.listen(connection);
startServer(connection);
