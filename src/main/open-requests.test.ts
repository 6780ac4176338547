import { describe, expect, it, vi } from 'vitest';
import type { OpenRequest } from '@core/host';
import { createOpenQueue, isOpenablePath, openablePaths } from './open-requests';

describe('openablePaths', () => {
  it('takes the files of a packaged launch, resolved against the folder it was started in', () => {
    expect(openablePaths(['/opt/Glossa/glossa', 'review/article.xlf', '/home/u/terms.TBX'], '/home/u')).toEqual([
      '/home/u/review/article.xlf',
      '/home/u/terms.TBX',
    ]);
  });

  it('skips the executable, the app folder of `electron .`, switches and whatever follows --', () => {
    const argv = ['/usr/lib/electron/electron', '.', '--no-sandbox', '--allow-file-access-from-files', 'a.docx', '--', 'b.txt'];
    expect(openablePaths(argv, '/work')).toEqual(['/work/a.docx']);
  });

  it('skips files Glossa does not open, and names a file once', () => {
    expect(openablePaths(['glossa', 'photo.png', 'notes.jsonld', 'a.sdlxliff', './a.sdlxliff', 'README'], '/w')).toEqual(['/w/a.sdlxliff']);
  });

  it('reads the file:// URLs a Linux file manager may hand over', () => {
    expect(openablePaths(['glossa', 'file:///home/u/My%20Review/a%C3%A9.tmx'], '/')).toEqual(['/home/u/My Review/aé.tmx']);
  });

  it('knows each kind the file associations name, whatever the case of the extension', () => {
    for (const name of ['a.txt', 'a.md', 'a.markdown', 'a.html', 'a.htm', 'a.docx', 'a.xlf', 'a.XLIFF', 'a.sdlxliff', 'a.tmx', 'a.tbx']) {
      expect(isOpenablePath(name), name).toBe(true);
    }
    expect(isOpenablePath('a.exe')).toBe(false);
    expect(isOpenablePath('tbx')).toBe(false);
  });
});

describe('createOpenQueue', () => {
  const files: OpenRequest = { type: 'files', files: [{ ok: true, name: 'a.xlf', bytes: new Uint8Array([1]) }] };
  const recent: OpenRequest = { type: 'document', documentId: 'd1' };

  it('holds what comes before the renderer listens and hands it over once', () => {
    const send = vi.fn();
    const queue = createOpenQueue(send);
    queue.add(files);
    expect(send).not.toHaveBeenCalled();
    expect(queue.take(7)).toEqual([files]);
    expect(queue.take(7)).toEqual([]);
  });

  it('sends straight to the listening renderer, and holds again once it has gone', () => {
    const send = vi.fn();
    const queue = createOpenQueue(send);
    queue.take(7);
    queue.add(recent);
    expect(send).toHaveBeenCalledWith(7, recent);
    queue.detach(8);
    queue.add(files);
    expect(send).toHaveBeenCalledTimes(2);
    queue.detach(7);
    queue.add(recent);
    expect(send).toHaveBeenCalledTimes(2);
    expect(queue.take(9)).toEqual([recent]);
  });
});
