import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.ts';

// `--stdio` or `--node-ipc` is read by createConnection from process.argv.
startServer(createConnection(ProposedFeatures.all));
