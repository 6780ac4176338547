import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  externalUrlFor,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isPermissionGranted,
  originOf,
  trustedOrigins,
} from './navigation';

const prodOrigins = trustedOrigins(undefined);
const devOrigins = trustedOrigins('http://localhost:5173/');

describe('origins', () => {
  it('computes app:// origins the way Chromium does', () => {
    expect(originOf('app://glossa/index.html')).toBe('app://glossa');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });

  it('trusts the app origin, and the dev server only when there is one', () => {
    expect(prodOrigins).toEqual(['app://glossa']);
    expect(devOrigins).toEqual(['app://glossa', 'http://localhost:5173']);
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    ['app://glossa/index.html', prodOrigins, true],
    ['app://glossa/other.html#x', prodOrigins, true],
    ['app://evil/index.html', prodOrigins, false],
    ['https://example.com/', prodOrigins, false],
    ['file:///etc/passwd', prodOrigins, false],
    ['http://localhost:5173/', prodOrigins, false],
    ['http://localhost:5173/', devOrigins, true],
    ['http://localhost:5174/', devOrigins, false],
    ['javascript:alert(1)', devOrigins, false],
    ['about:blank', devOrigins, false],
  ] as const)('%s → %s', (url, origins, allowed) => {
    expect(isAllowedNavigation(url, origins)).toBe(allowed);
  });
});

describe('externalUrlFor', () => {
  it('opens https links only', () => {
    expect(externalUrlFor('https://www.taus.net/mqm')).toBe('https://www.taus.net/mqm');
    expect(externalUrlFor('http://example.com/')).toBeNull();
    expect(externalUrlFor('file:///etc/passwd')).toBeNull();
    expect(externalUrlFor('smb://host/share')).toBeNull();
    expect(externalUrlFor('javascript:alert(1)')).toBeNull();
    expect(externalUrlFor('app://glossa/index.html')).toBeNull();
    expect(externalUrlFor('not a url')).toBeNull();
  });
});

describe('isPermissionGranted', () => {
  it('denies everything but persistent storage for our own pages', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      expect(isPermissionGranted(permission, 'app://glossa/index.html', prodOrigins)).toBe(false);
    }
    expect(isPermissionGranted('persistent-storage', 'app://glossa/index.html', prodOrigins)).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://evil.example/', prodOrigins)).toBe(false);
    expect(isPermissionGranted('persistent-storage', undefined, prodOrigins)).toBe(false);
  });
});

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => {
      openHandler = handler;
    }),
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }), listeners };
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app origin', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, { origins: prodOrigins, openExternal: vi.fn(async () => {}) });
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fake.fire(name, 'https://example.com/'), name).toBe(true);
      expect(fake.fire(name, 'app://glossa/index.html'), name).toBe(false);
    }
  });

  it('prevents every <webview>', () => {
    const fake = fakeWebContents();
    hardenWebContents(fake.contents, { origins: prodOrigins, openExternal: vi.fn(async () => {}) });
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, handing https links to the OS browser', () => {
    const fake = fakeWebContents();
    const openExternal = vi.fn(async () => {});
    hardenWebContents(fake.contents, { origins: prodOrigins, openExternal });
    expect(fake.open('https://example.com/a')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a');
    openExternal.mockClear();
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'app://glossa/index.html']) {
      expect(fake.open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('keeps denying when the OS cannot open the link', async () => {
    const fake = fakeWebContents();
    const openExternal = vi.fn(async () => {
      throw new Error('no browser');
    });
    hardenWebContents(fake.contents, { origins: prodOrigins, openExternal });
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await Promise.resolve();
  });
});

describe('hardenSession', () => {
  it('installs handlers that deny requests and checks', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void, d: { requestingUrl: string }) => void) | undefined;
    let checkHandler: ((c: unknown, p: string, o: string, d: { requestingUrl?: string }) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((handler: typeof requestHandler) => (requestHandler = handler)),
      setPermissionCheckHandler: vi.fn((handler: typeof checkHandler) => (checkHandler = handler)),
    };
    hardenSession(session as unknown as Session, prodOrigins);
    const callback = vi.fn();
    requestHandler?.(null, 'media', callback, { requestingUrl: 'app://glossa/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler?.(null, 'clipboard-read', 'app://glossa', { requestingUrl: 'app://glossa/index.html' })).toBe(false);
    expect(checkHandler?.(null, 'persistent-storage', 'app://glossa', { requestingUrl: 'app://glossa/' })).toBe(true);
  });
});
