// The clients' own policies on top of the layer: a reader or converter that dies on a file is
// still a refusal naming the file; a refusal thrown in the worker arrives as itself.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentImportError } from '@core/formats/documents/import-error';
import { GlossaryFormatError } from '@core/formats/glossary';
import { docxToHtmlInWorker } from './docx-client';
import { readGlossaryFileInWorker } from './glossary-file-client';

/** A Worker that dies on its first message, or answers it with `reply`; the clients spawn one per call, so each test gets its own. */
function stubWorker(behaviour: { reply?: (request: { id: number }) => unknown }) {
  class StubWorker extends EventTarget {
    postMessage(request: { id: number }) {
      queueMicrotask(() => {
        if (behaviour.reply) this.dispatchEvent(new MessageEvent('message', { data: behaviour.reply(request) }));
        else this.dispatchEvent(new Event('error', { cancelable: true }));
      });
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', StubWorker);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('glossary file client', () => {
  it('turns a reader that died on a file into a refusal naming the file', async () => {
    stubWorker({});
    const error: unknown = await readGlossaryFileInWorker('terms.tbx', new Uint8Array([1, 2, 3]), { sourceLang: 'zh', targetLang: 'en' }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(GlossaryFormatError);
    expect((error as GlossaryFormatError).message).toBe('Could not import “terms.tbx”: it could not be read: the glossary file reader stopped unexpectedly and was restarted.');
  });

  it('passes a refusal from the worker through as itself', async () => {
    stubWorker({ reply: ({ id }) => ({ id, ok: false, error: { type: 'GlossaryFormatError', message: 'x', data: { fileName: 'terms.csv', reason: 'it is empty.' } } }) });
    await expect(readGlossaryFileInWorker('terms.csv', new Uint8Array([1]), { sourceLang: 'zh', targetLang: 'en' })).rejects.toThrow(
      new GlossaryFormatError('terms.csv', 'it is empty.'),
    );
  });
});

describe('docx client', () => {
  it('turns a converter that died on a file into a refusal naming the file, and keeps the caller’s bytes', async () => {
    stubWorker({});
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const error: unknown = await docxToHtmlInWorker('report.docx', bytes).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DocumentImportError);
    expect(error).toMatchObject({ fileName: 'report.docx', kind: 'unreadable' });
    expect((error as Error).message).toBe('Could not import “report.docx”: Glossa could not read the Word content in it: the Word converter stopped unexpectedly and was restarted.');
    expect(bytes.byteLength).toBe(4);
  });
});
