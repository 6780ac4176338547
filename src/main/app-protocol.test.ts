import { describe, expect, it, vi } from 'vitest';
import {
  APP_ORIGIN,
  APP_SCHEME_REGISTRATION,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
  resolveAppRequest,
} from './app-protocol';

const root = '/opt/glossa/out/renderer';

describe('the app scheme', () => {
  it('has the stable origin app://glossa', () => {
    expect(APP_ORIGIN).toBe('app://glossa');
  });

  it('is registered as standard, secure, fetchable and streamable, without CORS', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_REGISTRATION]);
    expect(APP_SCHEME_REGISTRATION).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    });
  });

  it('exports the exact content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'none'",
    );
  });
});

describe('resolveAppRequest', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppRequest('app://glossa/', root)).toEqual({
      ok: true,
      filePath: `${root}/index.html`,
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://glossa', root)).toMatchObject({ ok: true, filePath: `${root}/index.html` });
  });

  it('maps nested paths into the renderer folder and ignores query and hash', () => {
    expect(resolveAppRequest('app://glossa/assets/index-abc.js?v=1#x', root)).toMatchObject({
      ok: true,
      filePath: `${root}/assets/index-abc.js`,
    });
    expect(resolveAppRequest('app://glossa/assets/My%20Font.woff2', root)).toMatchObject({
      ok: true,
      filePath: `${root}/assets/My Font.woff2`,
    });
  });

  it.each([
    'app://other/index.html',
    'app://glossa:8080/index.html',
    'app://user:pw@glossa/index.html',
    'file:///etc/passwd',
    'https://glossa/index.html',
    'app://glossa/..%2f..%2fetc/passwd',
    'app://glossa/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://glossa/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://glossa/..%5c..%5cwindows%5cwin.ini',
    'app://glossa/%2fetc%2fpasswd',
    'app://glossa/C:%5cWindows%5cwin.ini',
    'app://glossa/index.html%00.png',
    'app://glossa/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ ok: false });
  });

  it('keeps dot segments that URL parsing already collapsed inside the folder', () => {
    // new URL() turns /../../etc/passwd into /etc/passwd: still under the renderer folder.
    const resolution = resolveAppRequest('app://glossa/../../etc/passwd', root);
    expect(resolution).toMatchObject({ ok: true, filePath: `${root}/etc/passwd` });
  });
});

describe('resolveAppPath (un-normalised paths)', () => {
  it.each(['/../secret', '/assets/../../secret', '/%2e%2e/secret', '/%2E%2E/secret', '/./index.html', '//etc/passwd', 'index.html', '/assets/'])(
    'refuses %s',
    (pathname) => {
      expect(resolveAppPath(pathname, root)).toEqual({ ok: false });
    },
  );
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.txt', 'text/plain; charset=utf-8'],
    ['a.unknown', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  const files: Record<string, string> = { [`${root}/index.html`]: '<!doctype html>', [`${root}/assets/a.js`]: 'export {}' };
  const readFile = vi.fn(async (path: string) => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  });
  const handle = createAppProtocolHandler({ rendererDir: root, readFile });

  it('serves a file with its MIME type, the CSP and nosniff', async () => {
    const response = await handle({ url: 'app://glossa/assets/a.js', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export {}');
  });

  it('serves index.html for /', async () => {
    const response = await handle({ url: 'app://glossa/', method: 'GET' });
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('answers 404 without touching the disk for traversal', async () => {
    readFile.mockClear();
    const response = await handle({ url: 'app://glossa/..%2f..%2fetc/passwd', method: 'GET' });
    expect(response.status).toBe(404);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('answers 404 for a missing file and 500 for other read errors', async () => {
    expect((await handle({ url: 'app://glossa/nope.js', method: 'GET' })).status).toBe(404);
    const failing = createAppProtocolHandler({
      rendererDir: root,
      readFile: async () => {
        throw Object.assign(new Error('io'), { code: 'EIO' });
      },
    });
    expect((await failing({ url: 'app://glossa/index.html', method: 'GET' })).status).toBe(500);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handle({ url: 'app://glossa/index.html', method: 'POST' })).status).toBe(405);
    const head = await handle({ url: 'app://glossa/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
