import { type Catalogue, errorBoundaryMessages, type Locale } from "@movekit/core";
import { Component, type ErrorInfo, type ReactNode, Suspense } from "react";
import { useTranslator } from "../internal/use-translator";

/** The message bundles this component shows strings from. */
const BUNDLES = [errorBoundaryMessages];

/** What to show instead of the part that failed: a node, or a function of the error and a `reset` that retries. */
export type ErrorBoundaryFallback = ReactNode | ((error: unknown, reset: () => void) => ReactNode);

export interface ErrorBoundaryProps {
  /** The part to protect. */
  children?: ReactNode;
  /**
   * What to show when the part throws while rendering. A function gets the error and `reset`, which renders the
   * part again (after you have fixed its cause). Rendered as is, with no wrapper, so a table row may give a `<tr>`.
   * @default a short paragraph saying in words that this part could not be shown
   */
  fallback?: ErrorBoundaryFallback;
  /** Told about the error and React's component stack, for the host's logging. */
  onError?: (error: unknown, info: ErrorInfo) => void;
  /** Values that, when any of them changes (compared with Object.is), clear the error and render the part again. */
  resetKeys?: ReadonlyArray<unknown>;
  /** BCP 47 locale of the default fallback. @default the MovekitProvider's, else "en-GB" */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. @default the MovekitProvider's */
  messages?: Partial<Catalogue>;
}

interface State {
  failed: boolean;
  error: unknown;
}

const healthy: State = { failed: false, error: undefined };

function keysChanged(previous: ReadonlyArray<unknown> = [], next: ReadonlyArray<unknown> = []): boolean {
  return previous.length !== next.length || previous.some((value, index) => !Object.is(value, next[index]));
}

/**
 * Contains a render error to one part of the page, so the rest, and above all its safety notices (which
 * Movekit puts in boundaries of their own, with a fallback that says what to do), stays visible. Renders no
 * element of its own while the part works.
 * Server rendering: the part sits in a `<Suspense fallback={null}>`, so a throw on the server leaves that part
 * empty in the HTML (the rest renders) and React retries it on the client, where the fallback shows. That
 * Suspense also catches a part that suspends, showing nothing there until it is ready.
 * Like every React error boundary it does not catch errors in event handlers or async code.
 * @selector [data-slot="error-boundary"][data-state="error"] the default fallback
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = healthy;

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps, previousState: State) {
    // Only an error that was already showing is cleared: keys that change in the very render that failed must
    // not retry it straight away (that would loop).
    if (previousState.failed && this.state.failed && keysChanged(previous.resetKeys, this.props.resetKeys)) {
      this.reset();
    }
  }

  reset = () => {
    this.setState(healthy);
  };

  override render() {
    // Error boundaries do not run during server rendering, but Suspense does: a part that throws there becomes an
    // empty boundary that React renders again on the client, where this boundary catches the error. Without it
    // one broken part would fail the whole server render (renderToString throws, streams lose their shell).
    if (!this.state.failed) return <Suspense fallback={null}>{this.props.children}</Suspense>;
    const { fallback, locale, messages } = this.props;
    if (typeof fallback === "function") return fallback(this.state.error, this.reset);
    return fallback === undefined ? <DefaultFallback locale={locale} messages={messages} /> : fallback;
  }
}

function DefaultFallback({ locale, messages }: Pick<ErrorBoundaryProps, "locale" | "messages">) {
  const { t } = useTranslator(locale, messages, BUNDLES);
  // A plain paragraph, not an alert: the part's own heading or region names where it is, and nothing urgent
  // happened to the reader.
  return (
    <div className="mk-error-boundary" data-slot="error-boundary" data-state="error">
      <p className="mk-error-boundary__message">{t("errorBoundary.message")}</p>
    </div>
  );
}
