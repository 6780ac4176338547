// Renderer: the annotation state of the open document, outside React: its rows (from the
// database's live query), the active annotation, the card that should take focus, and the
// keys typed for a new annotation before its card was there. Components read it through
// selectors (useSyncExternalStore), so a change re-renders only those whose slice changed:
// the caret crossing from one mark to another re-renders the two cards involved
// (docs/adr/0014-annotation-store.md; the shape of hypothesis/client's store and of the
// Lexical playground's CommentStore).
import type { Annotation } from '@core/model';

export interface AnnotationsState {
  readonly docId: string;
  readonly annotations: readonly Annotation[];
  readonly byId: ReadonlyMap<string, Annotation>;
  /** False until the database has answered once. */
  readonly loaded: boolean;
  readonly activeId: string | null;
  /** The card whose body should take focus once it is mounted. */
  readonly focusRequest: string | null;
}

const NO_ANNOTATIONS: readonly Annotation[] = [];

export class AnnotationStore {
  private state: AnnotationsState;
  private readonly listeners = new Set<() => void>();
  private captureField: HTMLTextAreaElement | null = null;
  private capturedFor: string | null = null;
  private readonly made = new Set<string>();

  constructor(docId: string) {
    this.state = { docId, annotations: NO_ANNOTATIONS, byId: new Map(), loaded: false, activeId: null, focusRequest: null };
  }

  readonly getState = (): AnnotationsState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The rows as the live query reports them; undefined while it has not answered. */
  setRows(rows: readonly Annotation[] | undefined): void {
    if (rows === undefined || rows === this.state.annotations) return;
    this.set({ annotations: rows, byId: new Map(rows.map((row) => [row.id, row])), loaded: true });
  }

  setActive(id: string | null): void {
    if (this.state.activeId !== id) this.set({ activeId: id });
  }

  /** Deactivates `id` if it is the active one (it was deleted, or never stored). */
  deactivate(id: string): void {
    if (this.state.activeId === id) this.set({ activeId: null });
  }

  requestFocus(id: string | null): void {
    if (this.state.focusRequest !== id) this.set({ focusRequest: id });
  }

  /** Drops the focus request for `id` only (or any, without an id). */
  clearFocusRequest(id?: string): void {
    if (id === undefined || this.state.focusRequest === id) this.requestFocus(null);
  }

  /** Records that `id` was marked in this window (see reconcile: its row may not be loaded yet). */
  noteMade(id: string): void {
    this.made.add(id);
  }

  /** The annotations marked in this window since the document opened. */
  madeHere(): ReadonlySet<string> {
    return this.made;
  }

  /** The hidden field that takes the keys typed between marking words and their card. */
  setCaptureField(field: HTMLTextAreaElement | null): void {
    this.captureField = field;
  }

  /** Sends the keyboard to the capture field for the new annotation `id`. */
  beginCapture(id: string): boolean {
    if (!this.captureField) return false;
    this.capturedFor = id;
    this.captureField.value = '';
    this.captureField.focus({ preventScroll: true });
    return true;
  }

  /** The annotation the capture field is collecting keys for, if any. */
  capturing(): string | null {
    return this.capturedFor;
  }

  /** Ends a capture without taking its text; true if `id` was being captured. */
  cancelCapture(id: string): boolean {
    if (this.capturedFor !== id) return false;
    this.capturedFor = null;
    return true;
  }

  /** What was typed for `id` before its card was there; the card takes it once, when it mounts. */
  takeCapturedText(id: string): string {
    if (this.capturedFor !== id || !this.captureField) return '';
    this.capturedFor = null;
    const text = this.captureField.value;
    this.captureField.value = '';
    return text;
  }

  private set(patch: Partial<AnnotationsState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
