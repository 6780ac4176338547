// Main process: the privileged app:// scheme that serves the built renderer.
//
// The renderer is never loaded from file:// (every file would share one opaque origin
// and could read the others). app://glossa is a standard, secure origin that never
// changes: IndexedDB belongs to an origin, so changing it would lose the user's data.
import type { CustomScheme, Protocol } from 'electron';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@core/csp';

export const APP_SCHEME = 'app';
const APP_HOST = 'glossa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Sent with every app:// response; index.html's <meta> tag is written from the same definition (core/csp.ts). */
export { CONTENT_SECURITY_POLICY };

/**
 * standard: relative URLs, a real origin and storage (IndexedDB); secure: a secure
 * context (crypto.subtle, Clipboard, persistent storage); supportFetchAPI and stream:
 * fetch() of bundled assets. corsEnabled stays off so no other origin can read app://.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/** Must run before the app's `ready` event (Electron refuses it later). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file; unknown extensions are served as opaque bytes. */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

type AppFileResolution = { ok: true; filePath: string; mimeType: string } | { ok: false };

/**
 * Map a URL path ("/assets/index.js") to a file inside rendererDir, or refuse.
 * Each segment is decoded before it is checked, so "%2e%2e" and "..%2f" are caught
 * even if a caller skipped URL normalisation; the final containment check is the
 * backstop for anything the segment rules miss.
 */
export function resolveAppPath(pathname: string, rendererDir: string): AppFileResolution {
  const relative = pathname === '/' || pathname === '' ? '/index.html' : pathname;
  if (!relative.startsWith('/')) return { ok: false };
  const segments: string[] = [];
  for (const raw of relative.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false };
    }
    // Empty, dot segments, separators, NUL and drive letters / ADS (":") never name a bundled file.
    if (segment === '' || segment === '.' || segment === '..' || /[\\/\0:]/.test(segment)) return { ok: false };
    segments.push(segment);
  }
  const root = resolve(rendererDir);
  const filePath = resolve(root, ...segments);
  if (!filePath.startsWith(root + sep)) return { ok: false };
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

/** Resolve a full app:// URL; anything but app://glossa/… is refused. */
export function resolveAppRequest(url: string, rendererDir: string): AppFileResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { ok: false };
  }
  return resolveAppPath(parsed.pathname, rendererDir);
}

interface AppProtocolDeps {
  rendererDir: string;
  readFile(filePath: string): Promise<Uint8Array>;
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function errorResponse(status: 404 | 405 | 500, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

const MISSING_FILE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** The protocol.handle callback: GET/HEAD of bundled files, 404 for anything else. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
    const resolution = resolveAppRequest(request.url, deps.rendererDir);
    if (!resolution.ok) return errorResponse(404, 'Not found');
    let bytes: Uint8Array;
    try {
      bytes = await deps.readFile(resolution.filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
      return MISSING_FILE_CODES.has(code) ? errorResponse(404, 'Not found') : errorResponse(500, 'Could not read file');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
    return new Response(body, { status: 200, headers: headers(resolution.mimeType) });
  };
}
