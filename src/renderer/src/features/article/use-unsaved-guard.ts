// Renderer (web host): the browser asks before closing the tab while anything is not yet
// stored. On the desktop, main holds the window's close until the renderer has flushed
// (a beforeunload veto there would cancel the close silently), so this is web only.
import { useEffect } from 'react';
import { flushPendingWrites, hasPendingWrites } from '../../db';
import { useHost } from '../../host/context';

export function useUnsavedGuard(): void {
  const host = useHost();
  useEffect(() => {
    if (host.kind !== 'web') return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasPendingWrites()) return;
      // Start storing now: if the translator stays, it is saved; if they leave, it may still be.
      void flushPendingWrites().catch(() => undefined);
      event.preventDefault();
      // Older Chromium needs returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [host]);
}
