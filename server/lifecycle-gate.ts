// The LSP lifecycle around the handlers: before `initialize` every request is answered with
// ServerNotInitialized (-32002) and notifications other than `exit` are dropped; after `shutdown`
// every request is answered with InvalidRequest (-32600). vscode-languageserver enforces neither:
// without the gate a request before `initialize` waits forever and one after `shutdown` is served.
//
// The gate sits in the connection's message strategy, before dispatch, so it covers every method,
// including those registered by the library itself (text document sync, pull diagnostics).
import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy, type NotificationMessage, type RequestMessage } from 'vscode-languageserver/node';

/** Internal method a rejected request is dispatched to, so its answer goes out under its own id. */
const REJECTED_METHOD = 'govlint/$rejected';

type Phase = 'starting' | 'running' | 'shutDown';

interface Rejection {
  code: number;
  message: string;
}

function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && typeof (value as Rejection).code === 'number' && typeof (value as Rejection).message === 'string';
}

export class LifecycleGate implements MessageStrategy {
  private phase: Phase = 'starting';

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      const rejection = this.check(message);
      if (rejection) {
        const rejected: RequestMessage = { jsonrpc: message.jsonrpc, id: message.id, method: REJECTED_METHOD, params: rejection };
        next(rejected);
        return;
      }
    } else if (Message.isNotification(message) && this.phase === 'starting' && !this.passesBeforeInitialize(message)) {
      return;
    }
    next(message);
  }

  /** Answers the requests the gate turned away; call once on the connection. */
  listen(connection: Connection): void {
    connection.onRequest(REJECTED_METHOD, (params: unknown) =>
      isRejection(params) ? new ResponseError(params.code, params.message) : new ResponseError(ErrorCodes.InvalidRequest, 'request rejected'),
    );
  }

  private check(request: RequestMessage): Rejection | undefined {
    switch (this.phase) {
      case 'starting':
        if (request.method === 'initialize') {
          this.phase = 'running';
          return undefined;
        }
        return { code: ErrorCodes.ServerNotInitialized, message: `the server is not initialized: "${request.method}" must come after "initialize"` };
      case 'running':
        if (request.method === 'initialize') return { code: ErrorCodes.InvalidRequest, message: 'the server is already initialized' };
        if (request.method === REJECTED_METHOD) return { code: ErrorCodes.MethodNotFound, message: `unhandled method ${request.method}` };
        if (request.method === 'shutdown') this.phase = 'shutDown';
        return undefined;
      case 'shutDown':
        return { code: ErrorCodes.InvalidRequest, message: `the server is shutting down: "${request.method}" came after "shutdown"` };
    }
  }

  private passesBeforeInitialize(notification: NotificationMessage): boolean {
    return notification.method === 'exit';
  }
}
