// The one request/response layer every Glossa worker uses (docs/adr/0009-worker-calls.md).
export { WorkerClient } from './client';
export type { CallOptions, WorkerClientOptions, WorkerLike } from './client';
export { WorkerCallError, isWorkerCallError } from './worker-call-error';
export type { WorkerCallErrorCode } from './worker-call-error';
