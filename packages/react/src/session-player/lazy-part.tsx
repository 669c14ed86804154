import { Component, type ComponentType, lazy, type ReactNode, Suspense, useLayoutEffect } from "react";

/** A part of the player loaded with `import()` on first use, plus `preload` to fetch it before it is needed. */
export interface LazyPart<P extends object> {
  /**
   * Renders the part, or `fallback` while its chunk loads and if the chunk cannot be loaded at all. `onShown`
   * runs once the part replaces its fallback (to move focus that was on the fallback).
   */
  Part: ComponentType<P & PartOptions>;
  preload(): Promise<unknown>;
}

interface PartOptions {
  fallback: ReactNode;
  onShown?: () => void;
}

function OnShown({ run }: { run: () => void }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the loaded part first commits.
  useLayoutEffect(() => run(), []);
  return null;
}

interface HoldProps {
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * A chunk that fails to load (offline, a new deploy) must not take the player down or leave a hole: the
 * fallback, which keeps the safety text, stays on screen instead.
 */
class KeepFallbackOnError extends Component<HoldProps, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * Code the first screen does not need (the pain prompt, the end-of-session views, the demonstration) is split
 * from the entry so a page pays for it only when the person gets there. Once loaded, the part renders straight
 * away, without a Suspense round (so a preloaded prompt never flashes its fallback).
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // A failed fetch may succeed later (back online): the next use tries again.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part at module level (session-parts.ts), like React.lazy itself.
  function Part({ fallback, onShown, ...props }: P & PartOptions) {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...(props as P)} />;
    return (
      <KeepFallbackOnError fallback={fallback}>
        <Suspense fallback={fallback}>
          <Lazy {...(props as P)} />
          {onShown && <OnShown run={onShown} />}
        </Suspense>
      </KeepFallbackOnError>
    );
  }
  return { Part, preload };
}
