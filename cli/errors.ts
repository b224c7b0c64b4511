/** A refusal or failure the user can act on: one line on stderr, exit status 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
