import { Component, type ErrorInfo, type ReactNode } from "react";

export interface SectionBoundaryProps {
  /** What to show instead of the part that failed. */
  fallback: ReactNode;
  /** Told about the error, for the host's logging. */
  onError?: (error: unknown, info: ErrorInfo) => void;
  children?: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Contains a render error to one part of a programme (a phase, an exercise row, the week view), so the rest of
 * the page, and above all its safety notices, which are rendered outside every boundary, stays visible.
 * React error boundaries do not catch errors in event handlers or async code; those parts handle their own.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
