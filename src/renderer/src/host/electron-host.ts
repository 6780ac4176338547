// Renderer: the Host of the desktop app, over the bridge the preload exposes on window.glossaHost.
import { BRIDGE_NAME, type Host, type HostBridge } from '@core/host';

const BRIDGE_FUNCTIONS = [
  'openFiles',
  'saveFile',
  'readClipboardText',
  'getAppInfo',
  'onMenuCommand',
  'writeBackup',
  'listBackups',
  'readBackup',
  'confirmClose',
  'onLifecycleRequest',
  'setRecentDocuments',
  'onOpenRequest',
] as const satisfies ReadonlyArray<keyof HostBridge>;

/** The preload's bridge on this window, or null when there is none (a plain browser). */
export function findBridge(target: object): HostBridge | null {
  const candidate: unknown = Reflect.get(target, BRIDGE_NAME);
  if (typeof candidate !== 'object' || candidate === null) return null;
  const complete = BRIDGE_FUNCTIONS.every((name) => typeof Reflect.get(candidate, name) === 'function');
  return complete ? (candidate as HostBridge) : null;
}

/**
 * Electron prefixes errors thrown by main's handlers with
 * "Error invoking remote method 'glossa:save-file': Error: ". Main's messages are
 * written for people, so show them without the plumbing.
 */
export function withoutIpcPrefix(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const message = error.message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
  return message === error.message ? error : new Error(message, { cause: error });
}

async function call<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw withoutIpcPrefix(error);
  }
}

export function createElectronHost(bridge: HostBridge): Host {
  return {
    kind: 'electron',
    openFiles: (request) => call(bridge.openFiles(request)),
    saveFile: (request) => call(bridge.saveFile(request)),
    readClipboardText: () => call(bridge.readClipboardText()),
    getAppInfo: () => call(bridge.getAppInfo()),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    writeBackup: (request) => call(bridge.writeBackup(request)),
    listBackups: () => call(bridge.listBackups()),
    readBackup: (name) => call(bridge.readBackup(name)),
    confirmClose: (request) => call(bridge.confirmClose(request)),
    onLifecycleRequest: (listener) => bridge.onLifecycleRequest(listener),
    setRecentDocuments: (documents) => call(bridge.setRecentDocuments(documents)),
    onOpenRequest: (listener) => bridge.onOpenRequest(listener),
  };
}
