import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.ts';

// A failure in one request or one document must not take the server down: log it and go on.
process.on('uncaughtException', (error) => {
  process.stderr.write(`govlint: uncaught error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`govlint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
});

// `--stdio` or `--node-ipc` is read by createConnection from process.argv.
startServer(createConnection(ProposedFeatures.all));
