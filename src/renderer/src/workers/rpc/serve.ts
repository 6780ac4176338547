/**
 * Worker side of the request/response layer: answers each request with the handler's value or
 * the error it threw (serialised so typed refusals arrive typed). Runs inside the worker only.
 */
import { serializeError } from './serialize-error';
import type { RpcReply, RpcRequest, WorkerApi } from './protocol';

const transfers = new WeakMap<object, Transferable[]>();

/** Marks a handler's result to be transferred, not copied (a large Uint8Array's buffer). */
export function transfer<T extends object>(value: T, list: Transferable[]): T {
  transfers.set(value, list);
  return value;
}

/** The part of a worker's global scope the layer uses. */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<RpcRequest>) => void): void;
  postMessage(message: RpcReply, transfer: Transferable[]): void;
}

export function serve(api: WorkerApi, scope: WorkerScope = self as unknown as WorkerScope): void {
  scope.addEventListener('message', (event) => {
    const { id, method, args } = event.data;
    void (async (): Promise<RpcReply> => {
      const handler = Object.hasOwn(api, method) ? api[method] : undefined;
      if (handler === undefined) return { id, ok: false, error: serializeError(new Error(`no method ${method}`)) };
      try {
        return { id, ok: true, value: await handler(...args) };
      } catch (error) {
        return { id, ok: false, error: serializeError(error) };
      }
    })().then((reply) => {
      const list = reply.ok && typeof reply.value === 'object' && reply.value !== null ? (transfers.get(reply.value) ?? []) : [];
      try {
        scope.postMessage(reply, list);
      } catch (error) {
        // A result that cannot be cloned: answer with the DataCloneError rather than never.
        scope.postMessage({ id, ok: false, error: serializeError(error) }, []);
      }
    });
  });
}
