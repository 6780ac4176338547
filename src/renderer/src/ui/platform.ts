// Renderer: which keyboard conventions to show (⌘ on macOS, Ctrl elsewhere).
import type { KeyPlatform } from '@core/commands';

export function keyPlatform(): KeyPlatform {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 'mac' : 'other';
}
