// Main process: where a Glossa window may go, what opens outside it, which permissions pages get.
//
// The decisions are pure functions (tested); hardenWebContents and hardenSession only
// attach them to Electron's events.
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/**
 * The origin of a URL as Chromium sees it. Node's URL gives "null" as the origin of
 * custom schemes such as app://, which Chromium treats as standard, so build it here.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.origin;
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** The origins Glossa's own pages load from: app://glossa, plus the dev server in development. */
export function trustedOrigins(devServerUrl: string | undefined): readonly string[] {
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  return devOrigin && devOrigin !== APP_ORIGIN ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** will-navigate / will-frame-navigate / will-redirect: stay on our own origin. */
export function isAllowedNavigation(url: string, origins: readonly string[]): boolean {
  return isTrustedUrl(url, origins);
}

/**
 * A link that asked for a new window: the URL to hand to the OS browser, or null.
 * Only https: no file://, no custom protocol handlers, no javascript:.
 */
export function externalUrlFor(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Every permission is denied, except persistent storage for our own pages: it grants
 * no access to anything, and it keeps Chromium from evicting the translator's
 * IndexedDB under disk pressure (docs/DESIGN.md, "Request persistent storage").
 */
export function isPermissionGranted(permission: string, requestingUrl: string | undefined, origins: readonly string[]): boolean {
  return permission === 'persistent-storage' && requestingUrl !== undefined && isTrustedUrl(requestingUrl, origins);
}

interface HardeningOptions {
  origins: readonly string[];
  openExternal(url: string): Promise<void>;
}

/** Attach the navigation and window-opening guards to one webContents. */
export function hardenWebContents(contents: WebContents, options: HardeningOptions): void {
  const blockUntrusted = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url, options.origins)) event.preventDefault();
  };
  contents.on('will-navigate', blockUntrusted);
  contents.on('will-frame-navigate', blockUntrusted);
  contents.on('will-redirect', blockUntrusted);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlFor(url);
    if (external) {
      options.openExternal(external).catch(() => {
        // The OS had no browser for it; the window stays denied either way.
      });
    }
    return { action: 'deny' };
  });
}

/** Deny permission requests and checks for every page in this session. */
export function hardenSession(session: Session, origins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, origins));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionGranted(permission, details.requestingUrl, origins),
  );
}
