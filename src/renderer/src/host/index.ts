// Renderer: chooses the Host adapter once at start-up (docs/DESIGN.md, "Architecture").
//
// Electron when the preload's bridge is on window, the web adapter otherwise. The
// choice is made on the first call and never revisited, so no component has to ask.
import type { Host } from '@core/host';
import { createElectronHost, findBridge } from './electron-host';
import { createWebHost } from './web-host';

let chosen: Host | null = null;

/** The adapter for this window: Electron if the bridge is present, else Web. */
function pickHost(target: object): Host {
  const bridge = findBridge(target);
  return bridge ? createElectronHost(bridge) : createWebHost();
}

/** The Host of this page, decided once. */
export function createHost(): Host {
  chosen ??= pickHost(window);
  return chosen;
}
