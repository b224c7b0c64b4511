// Entry of the web extension's language server: a Web Worker the client starts, talking LSP over
// the worker's message channel.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startBrowserServer } from './browser-server.ts';

/** What this script sees of the worker it runs in: the message port to its client. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

// The diagnostics manager and the time budgets yield with setImmediate, which workers lack: a
// message to ourselves comes back as soon as the queued work is done, without a timer's clamping.
if (typeof globalThis.setImmediate !== 'function') {
  const channel = new MessageChannel();
  const queue: Array<() => void> = [];
  // (The DOM's MessagePort; Node's types, which this project compiles with, call it an event emitter.)
  (channel.port1 as unknown as { onmessage: () => void }).onmessage = () => queue.shift()?.();
  const setImmediatePolyfill = (callback: (...args: unknown[]) => void, ...args: unknown[]) => {
    queue.push(() => callback(...args));
    channel.port2.postMessage(undefined);
    return undefined;
  };
  (globalThis as { setImmediate?: unknown }).setImmediate = setImmediatePolyfill;
}

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startBrowserServer(connection);
