// The messages of the request/response layer (client.ts ↔ serve.ts); nothing else uses them.
import type { SerializedError } from './serialize-error';

/** What a worker exposes: named functions of structured-cloneable arguments and results. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parameters are checked per method by WorkerClient.call
export type WorkerApi = Record<string, (...args: any[]) => unknown>;

export interface RpcRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type RpcReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };
