import { afterEach, describe, expect, it } from 'vitest';
import { GlossaryFormatError } from '@core/formats/glossary';
import { WorkerClient, type WorkerClientOptions, type WorkerLike } from './client';
import type { WorkerApi } from './protocol';
import { serve, transfer, type WorkerScope } from './serve';
import { WorkerCallError } from './worker-call-error';

/** A worker in this thread: the real layer on both ends of a real MessageChannel (structured clone, transfer). */
class FakeWorker extends EventTarget {
  terminated = false;

  constructor(private readonly port: MessagePort) {
    super();
    port.addEventListener('message', (event) => this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data })));
    port.start();
  }

  postMessage(message: unknown, list: Transferable[]): void {
    this.port.postMessage(message, list);
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
  }

  /** What the browser fires when the worker throws outside any call, or runs out of memory. */
  crash(type: 'error' | 'messageerror' = 'error'): void {
    this.dispatchEvent(new Event(type, { cancelable: true }));
  }
}

const never = () => new Promise<never>(() => undefined);

const api = {
  add: (a: number, b: number) => a + b,
  refuse: (fileName: string) => {
    throw new GlossaryFormatError(fileName, 'it is empty.');
  },
  explode: () => {
    throw new TypeError('x is undefined');
  },
  hang: never,
  uncloneable: () => ({ run: () => undefined }),
  length: (bytes: Uint8Array) => bytes.length,
  bytes: (length: number) => {
    const out = new Uint8Array(length).fill(7);
    return transfer(out, [out.buffer]);
  },
} satisfies WorkerApi;

const workers: FakeWorker[] = [];
const clients: WorkerClient<typeof api>[] = [];

function makeClient(options: Partial<WorkerClientOptions> = {}): WorkerClient<typeof api> {
  const client = new WorkerClient<typeof api>({
    task: 'The quality checks',
    plural: true,
    spawn: () => {
      const channel = new MessageChannel();
      serve(api, channel.port2 as unknown as WorkerScope);
      channel.port2.start();
      const worker = new FakeWorker(channel.port1);
      workers.push(worker);
      // EventTarget's addEventListener is wider than WorkerLike's overloads, as Worker's is.
      return worker as unknown as WorkerLike;
    },
    ...options,
  });
  clients.push(client);
  return client;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('resolved, but should have been rejected'),
    (error: unknown) => error,
  );
}

afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
  workers.splice(0);
});

describe('WorkerClient', () => {
  it('answers a call with the worker’s value, on one worker', async () => {
    const client = makeClient();
    expect(await client.call('add', [2, 3])).toBe(5);
    expect(await client.call('add', [4, 5])).toBe(9);
    expect(workers).toHaveLength(1);
  });

  it('brings a typed refusal back as its own class, with its fields', async () => {
    const error = await rejection(makeClient().call('refuse', ['terms.tbx']));
    expect(error).toBeInstanceOf(GlossaryFormatError);
    expect(error).toMatchObject({ fileName: 'terms.tbx', reason: 'it is empty.', message: 'Could not import “terms.tbx”: it is empty.' });
  });

  it('reports an error it has no class for as failed, with its message', async () => {
    const error = await rejection(makeClient().call('explode', []));
    expect(error).toBeInstanceOf(WorkerCallError);
    expect(error).toMatchObject({ code: 'failed', message: 'The quality checks failed: x is undefined' });
  });

  it('answers a result that cannot be cloned with an error, never with silence', async () => {
    const error = await rejection(makeClient().call('uncloneable', []));
    expect(error).toMatchObject({ code: 'failed' });
  });

  it('rejects every pending call at once when the worker crashes, and starts a new one on the next call', async () => {
    const client = makeClient();
    await client.call('add', [1, 1]);
    const first = rejection(client.call('hang', []));
    const second = rejection(client.call('hang', []));
    workers[0]!.crash();
    for (const error of [await first, await second]) {
      expect(error).toBeInstanceOf(WorkerCallError);
      expect(error).toMatchObject({ code: 'crashed', message: 'The quality checks stopped unexpectedly and were restarted.' });
    }
    expect(workers[0]!.terminated).toBe(true);
    expect(client.running).toBe(false);
    expect(await client.call('add', [20, 22])).toBe(42);
    expect(workers).toHaveLength(2);
  });

  it('treats a reply that cannot be read (messageerror) as a crash', async () => {
    const client = makeClient({ task: 'The glossary term matching', plural: false });
    const pending = rejection(client.call('hang', []));
    workers[0]!.crash('messageerror');
    expect(await pending).toMatchObject({ code: 'crashed', message: 'The glossary term matching stopped unexpectedly and was restarted.' });
  });

  it('stops a call that takes longer than its timeout, and the next call gets a fresh worker', async () => {
    const client = makeClient({ timeoutMs: 30, timeoutHint: 'A custom pattern may be too slow.' });
    const error = await rejection(client.call('hang', []));
    expect(error).toBeInstanceOf(WorkerCallError);
    expect(error).toMatchObject({ code: 'timeout', message: 'The quality checks took too long (over 30 ms) and were stopped. A custom pattern may be too slow.' });
    expect(workers[0]!.terminated).toBe(true);
    expect(await client.call('add', [1, 2])).toBe(3);
    expect(workers).toHaveLength(2);
  });

  it('answers superseded calls as such and keeps the worker', async () => {
    const client = makeClient();
    const old = rejection(client.call('hang', []));
    client.cancelPending('superseded');
    expect(await old).toMatchObject({ code: 'superseded' });
    expect(await client.call('add', [1, 2])).toBe(3);
    expect(workers).toHaveLength(1);
  });

  it('transfers buffers both ways instead of copying them', async () => {
    const client = makeClient();
    const bytes = new Uint8Array(1024);
    expect(await client.call('length', [bytes], { transfer: [bytes.buffer] })).toBe(1024);
    expect(bytes.byteLength).toBe(0);
    const back = await client.call('bytes', [16]);
    expect(Array.from(back)).toEqual(new Array(16).fill(7));
  });

  it('ends an idle worker when asked to, and rejects calls pending at dispose as stopped', async () => {
    const client = makeClient({ whenIdle: 'terminate' });
    expect(await client.call('add', [1, 2])).toBe(3);
    expect(workers[0]!.terminated).toBe(true);
    const pending = rejection(client.call('hang', []));
    client.dispose();
    expect(await pending).toMatchObject({ code: 'stopped' });
  });
});
