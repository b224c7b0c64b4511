// Time budgets and cancellation for requests: every handler runs inside `guarded`, which answers
// a cancelled request with RequestCancelled, turns a failure into an empty answer (logged), and
// hands the feature a Budget it checks in its loops, so no request runs away with the server.
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';

export class Budget {
  private deadline: number;
  constructor(
    private readonly token: CancellationToken,
    readonly milliseconds: number,
  ) {
    this.deadline = performance.now() + milliseconds;
  }

  /** Starts the clock again: after bringing the findings up to date, which a request must wait for anyway. */
  restart(): void {
    this.deadline = performance.now() + this.milliseconds;
  }

  /** True when the client cancelled the request. */
  get cancelled(): boolean {
    return this.token.isCancellationRequested;
  }

  /** True when the request should stop and answer with what it has (time is up or the client cancelled). */
  get exhausted(): boolean {
    return this.token.isCancellationRequested || performance.now() > this.deadline;
  }

  private lastYield = performance.now();

  /**
   * Lets the event loop run every few milliseconds inside long loops, so a `$/cancelRequest`
   * (and other requests) get through; throws when the client cancelled meanwhile.
   */
  async breathe(): Promise<void> {
    if (performance.now() - this.lastYield < 10) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.lastYield = performance.now();
    this.check();
  }

  /** Throws when the client cancelled (the answer would be dropped anyway). */
  check(): void {
    if (this.token.isCancellationRequested) throw new Cancelled();
  }
}

class Cancelled extends Error {}

// Generous on purpose: a budget cuts a request short on a huge workspace or a slow machine, it is not a latency target.
export const BUDGET_MS = { fast: 1000, navigation: 2000, workspace: 5000 } as const;

export function guarded<P, R, E = void>(
  connection: Connection,
  name: string,
  milliseconds: number,
  fallback: R,
  handler: (params: P, budget: Budget) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<E>> {
  return async (params, token) => {
    const budget = new Budget(token, milliseconds);
    if (budget.cancelled) return new ResponseError<E>(LSPErrorCodes.RequestCancelled, 'cancelled');
    try {
      const result = await handler(params, budget);
      if (budget.cancelled) return new ResponseError<E>(LSPErrorCodes.RequestCancelled, 'cancelled');
      return result;
    } catch (error) {
      if (error instanceof Cancelled) return new ResponseError<E>(LSPErrorCodes.RequestCancelled, 'cancelled');
      connection.console.error(`govlint: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}
