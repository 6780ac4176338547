// Renderer: a native modal <dialog>: focus moves in, Escape closes, focus returns after.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * Opens the <dialog> modally on mount; on unmount closes it and gives focus back to where it
 * was. `onClose` hears the dialog closing (Esc, a form with method="dialog"), not its unmount:
 * the browser fires 'close' a task after close(), so under React's StrictMode (npm run dev:web)
 * the first mount's cleanup used to close the dialog just opened again, through its own
 * onClose (the glossary import's preview vanished before it was seen).
 */
export function useModalDialog(onClose?: () => void): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useRef(onClose);
  useEffect(() => {
    latest.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Closed by the reader, and still closed when the event comes: not a close from an unmount
    // that a remount has opened again.
    const closed = () => {
      if (!dialog.open) latest.current?.();
    };
    dialog.addEventListener('close', closed);
    dialog.showModal();
    return () => {
      dialog.removeEventListener('close', closed);
      dialog.close();
      previous?.focus();
    };
  }, []);
  return ref;
}

export function ModalDialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const ref = useModalDialog(onClose);
  return (
    <dialog ref={ref} aria-label={title} onCancel={onClose}>
      <h2>{title}</h2>
      {children}
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
