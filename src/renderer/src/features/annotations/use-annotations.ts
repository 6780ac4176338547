// Renderer: how components read the open document's annotations. The store and the actions
// are made once per document and never change, so the context that carries them re-renders
// nothing; each component subscribes to the slice it shows through a selector
// (useSyncExternalStore), and re-renders only when that slice changes. A card asks "am I
// active?", not "which one is?", so the caret crossing from one mark to another re-renders
// the two cards involved (docs/adr/0014-annotation-store.md).
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Annotation } from '@core/model';
import type { AnnotationActions } from './annotation-actions';
import type { AnnotationStore, AnnotationsState } from './annotation-store';

interface AnnotationsSession {
  readonly store: AnnotationStore;
  readonly actions: AnnotationActions;
}

export const AnnotationsSessionContext = createContext<AnnotationsSession | null>(null);

function useSession(): AnnotationsSession {
  const session = useContext(AnnotationsSessionContext);
  if (!session) throw new Error('The annotations of a document are read inside <AnnotationsProvider>');
  return session;
}

/**
 * One slice of the annotation state. The selector must return a value that stays the same
 * (`===`) while the slice does: a row, a list the store keeps, an id, a boolean.
 */
function useAnnotationsSelector<T>(select: (state: AnnotationsState) => T): T {
  const { store } = useSession();
  const read = useCallback(() => select(store.getState()), [store, select]);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** What can be done with the annotations; the same object for the whole document. */
export function useAnnotationActions(): AnnotationActions {
  return useSession().actions;
}

const selectRows = (state: AnnotationsState): readonly Annotation[] => state.annotations;
const selectActiveId = (state: AnnotationsState): string | null => state.activeId;

/** The document's annotations, in the order the database gives them; empty until loaded. */
export function useAnnotationRows(): readonly Annotation[] {
  return useAnnotationsSelector(selectRows);
}

/** The active annotation's id. Only what must know which one it is reads this. */
export function useActiveAnnotationId(): string | null {
  return useAnnotationsSelector(selectActiveId);
}

/** Whether `id` is the active annotation: changes for two cards when the active one does. */
export function useIsActiveAnnotation(id: string): boolean {
  return useAnnotationsSelector(useCallback((state: AnnotationsState) => state.activeId === id, [id]));
}

/** Whether the card of `id` should take focus once it is mounted. */
export function useFocusRequested(id: string): boolean {
  return useAnnotationsSelector(useCallback((state: AnnotationsState) => state.focusRequest === id, [id]));
}
