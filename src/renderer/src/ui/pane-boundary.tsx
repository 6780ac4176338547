// Renderer: keeps one pane's failure inside that pane. A document whose stored state cannot
// be read must not blank the whole window (and, reopened at every start, lock the user out).
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PaneBoundaryProps {
  /** Rendered instead of the pane once it has thrown; `retry` renders the pane again. */
  fallback(error: Error, retry: () => void): ReactNode;
  onError?(error: Error, info: ErrorInfo): void;
  children: ReactNode;
}

interface PaneBoundaryState {
  error: Error | null;
}

export class PaneBoundary extends Component<PaneBoundaryProps, PaneBoundaryState> {
  override state: PaneBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PaneBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A pane failed:', error, info.componentStack);
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}

/** The fallback for panes without a more specific one: what failed, and a retry. */
export function PaneFailure({ pane, error, retry }: { pane: string; error: Error; retry: () => void }) {
  return (
    <div className="document-failure" role="alert">
      <p>
        The {pane} stopped working: {error.message || error.name}. Your data was not changed.
      </p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  );
}
