/**
 * Why a call to a worker did not return a value, as a code callers branch on (never the
 * message): `crashed` — the worker died ('error' or 'messageerror'); it is restarted on the next
 * call. `timeout` — it took longer than allowed and was stopped. `failed` — the worker threw an
 * error Glossa has no class for (typed refusals such as GlossaryFormatError cross as themselves).
 * `superseded` — a newer call made this one pointless. `stopped` — the client was disposed.
 */
export type WorkerCallErrorCode = 'crashed' | 'timeout' | 'failed' | 'superseded' | 'stopped';

export class WorkerCallError extends Error {
  override readonly name = 'WorkerCallError';
  readonly code: WorkerCallErrorCode;
  /** What the worker does, as the message names it ("The quality checks"). */
  readonly task: string;

  constructor(code: WorkerCallErrorCode, task: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.task = task;
  }
}

export function isWorkerCallError(error: unknown, code?: WorkerCallErrorCode): error is WorkerCallError {
  return error instanceof WorkerCallError && (code === undefined || error.code === code);
}
