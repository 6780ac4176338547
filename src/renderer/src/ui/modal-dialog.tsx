// Renderer: a native modal <dialog>: focus moves in, Escape closes, focus returns after.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/** Opens the <dialog> modally on mount; on unmount closes it and gives focus back to where it was. */
export function useModalDialog(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      previous?.focus();
    };
  }, []);
  return ref;
}

export function ModalDialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const ref = useModalDialog();
  return (
    <dialog ref={ref} aria-label={title} onClose={onClose} onCancel={onClose}>
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
