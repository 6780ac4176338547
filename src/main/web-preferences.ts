// Main process: the webPreferences of every Glossa window (Electron security checklist).
import type { WebPreferences } from 'electron';

/**
 * The renderer gets no Node, runs in the OS sandbox, is isolated from the preload's
 * world, and cannot relax web security. The preload is the only bridge to main.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // Translators type prose: the OS spell checker is a feature, not a risk.
    spellcheck: true,
  };
}
