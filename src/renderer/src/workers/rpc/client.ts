/**
 * Window side of the request/response layer: one typed client per kind of worker. Every
 * client handles the same failures the same way (docs/adr/0009-worker-calls.md):
 * - the worker throws: the call rejects with that error, typed again when it has a codec
 *   (GlossaryFormatError, DocumentImportError…), else WorkerCallError 'failed';
 * - the worker dies ('error' / 'messageerror'): every pending call rejects at once with
 *   WorkerCallError 'crashed', and the next call starts a new worker;
 * - a call takes longer than its timeout: the worker is stopped, pending calls reject with
 *   'timeout', and the next call starts a new worker.
 */
import { deserializeError } from './error-codecs';
import type { RpcReply, RpcRequest, WorkerApi } from './protocol';
import { WorkerCallError, type WorkerCallErrorCode } from './worker-call-error';

/** What the client needs of a Worker (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: RpcRequest, transfer: Transferable[]): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<RpcReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface WorkerClientOptions {
  /** Starts the worker: `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`, for Vite to bundle it. */
  spawn(): WorkerLike;
  /** What the worker does, as messages name it: "The quality checks". */
  task: string;
  /** Whether `task` is plural ("were restarted") or singular ("was restarted"). */
  plural?: boolean;
  /** Default for every call; none when absent. */
  timeoutMs?: number;
  /** Added to the timeout message: what the user may do about it. */
  timeoutHint?: string;
  /** 'terminate': end the worker once nothing is pending (one big job at a time, memory back at once). */
  whenIdle?: 'keep' | 'terminate';
}

export interface CallOptions {
  /** Buffers handed to the worker instead of copied; unusable here afterwards. */
  transfer?: Transferable[];
  timeoutMs?: number;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

type Result<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

export class WorkerClient<Api extends WorkerApi> {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly options: WorkerClientOptions) {}

  call<Method extends keyof Api & string>(method: Method, args: Parameters<Api[Method]>, options: CallOptions = {}): Promise<Result<Api[Method]>> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    return new Promise<Result<Api[Method]>>((resolve, reject) => {
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => this.stop('timeout', timeoutMs), timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      try {
        worker.postMessage({ id, method, args }, options.transfer ?? []);
      } catch (cause) {
        // Arguments that cannot be cloned: this call's fault, not the worker's.
        this.settle(id);
        reject(new WorkerCallError('failed', this.options.task, `${this.options.task} could not be started: ${String(cause)}`, { cause }));
      }
    });
  }

  /** Whether a worker is running now: false before the first call and after a crash, a timeout or dispose. */
  get running(): boolean {
    return this.worker !== null;
  }

  /** Rejects every pending call with `code` (their answers, when they come, are dropped); the worker keeps running. */
  cancelPending(code: Extract<WorkerCallErrorCode, 'superseded'>): void {
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(this.error(code));
  }

  /** Ends the worker; pending calls reject with 'stopped'. The next call starts a new one. */
  dispose(): void {
    this.stop('stopped');
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.options.spawn();
    worker.addEventListener('message', (event) => {
      if (worker === this.worker) this.answer(event.data);
    });
    // An uncaught error in the worker, or a reply that cannot be read: the worker is no use any more.
    const crashed = (event: Event) => {
      if (worker !== this.worker) return;
      event.preventDefault();
      this.stop('crashed');
    };
    worker.addEventListener('error', crashed);
    worker.addEventListener('messageerror', crashed);
    this.worker = worker;
    return worker;
  }

  private answer(reply: RpcReply): void {
    const waiter = this.settle(reply.id);
    if (!waiter) return;
    if (reply.ok) waiter.resolve(reply.value);
    else {
      const typed = deserializeError(reply.error);
      waiter.reject(typed ?? new WorkerCallError('failed', this.options.task, `${this.options.task} failed: ${reply.error.message}`));
    }
    if (this.options.whenIdle === 'terminate' && this.pending.size === 0) this.stop('stopped');
  }

  private settle(id: number): Pending | undefined {
    const waiter = this.pending.get(id);
    if (!waiter) return undefined;
    clearTimeout(waiter.timer);
    this.pending.delete(id);
    return waiter;
  }

  /** The worker is ended and every pending call rejected with `code`; the next call starts afresh. */
  private stop(code: WorkerCallErrorCode, timeoutMs?: number): void {
    this.worker?.terminate();
    this.worker = null;
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(this.error(code, timeoutMs));
  }

  private error(code: WorkerCallErrorCode, timeoutMs?: number): WorkerCallError {
    const { task, plural = false, timeoutHint } = this.options;
    const was = plural ? 'were' : 'was';
    switch (code) {
      case 'crashed':
        return new WorkerCallError(code, task, `${task} stopped unexpectedly and ${was} restarted.`);
      case 'timeout': {
        const limit = timeoutMs === undefined ? '' : ` (over ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`})`;
        return new WorkerCallError(code, task, `${task} took too long${limit} and ${was} stopped.${timeoutHint ? ` ${timeoutHint}` : ''}`);
      }
      case 'superseded':
        return new WorkerCallError(code, task, `${task}: a newer request replaced this one.`);
      default:
        return new WorkerCallError(code, task, `${task} ${was} stopped.`);
    }
  }
}
