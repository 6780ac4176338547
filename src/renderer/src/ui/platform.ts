// Renderer: which keyboard conventions to show (⌘ on macOS, Ctrl elsewhere).
import type { KeyPlatform } from '@core/commands';
import { keyPlatformOf } from '../host/web-host';

export function keyPlatform(): KeyPlatform {
  return keyPlatformOf(navigator);
}
