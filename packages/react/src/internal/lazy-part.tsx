import { Component, type ComponentType, lazy, type ReactNode, Suspense, useState } from "react";

/** A component whose code loads on first use, with `preload()` to fetch it earlier (after first paint, in tests). */
export type LazyPart<P> = ComponentType<P & { fallback: ReactNode }> & {
  /** Starts loading the part's code (once); resolves when it can render without suspending. */
  preload: () => Promise<unknown>;
};

/**
 * Keeps the placeholder when the part's code cannot load (offline, a failed deploy) or the part throws: the
 * component around it, and its safety text, stay on screen instead of the error reaching the host.
 */
class PartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * A part of a component kept out of its entry chunk: `load` is an `import()`, so bundlers split it off and the
 * page pays for it only when the part is shown. The part renders inside its own Suspense and error boundaries
 * with a `fallback` the caller sizes to keep the layout. Never use it for safety text: that renders on first
 * paint. Once loaded, new instances render directly (no Suspense round trip), and an instance never swaps its
 * component type, so a part that mounted while loading keeps its state.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then((part) => {
      loaded = part;
      return part;
    });
    return pending;
  };
  const Lazy = lazy(() => preload().then((part) => ({ default: part }))) as unknown as ComponentType<P>;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level, never in a render.
  function Part({ fallback, ...props }: P & { fallback: ReactNode }) {
    // Decided once per instance: switching between Lazy and the loaded type would remount the part.
    const [Ready] = useState(() => loaded);
    const own = props as P;
    return (
      <PartBoundary fallback={fallback}>
        {/* The same tree whether loaded or not, so server HTML and hydration always agree on the boundary. */}
        <Suspense fallback={fallback}>{Ready ? <Ready {...own} /> : <Lazy {...own} />}</Suspense>
      </PartBoundary>
    );
  }
  return Object.assign(Part, { preload });
}
