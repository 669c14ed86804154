import { Component, type ComponentType, type ReactNode, useEffect, useSyncExternalStore } from "react";

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
 * page pays for it only when the part is shown. Until its code is here the part shows `fallback`, which the
 * caller sizes to keep the layout, inside its own error boundary. Never use it for safety text: that renders on
 * first paint. No Suspense: the server (React 18's `renderToString` included) and hydration always render the
 * placeholder, so their HTML agrees; the client then swaps in the part once its code has loaded. A part loaded
 * before mounting (after `preload()`) renders at once.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const listeners = new Set<() => void>();
  const preload = () => {
    pending ??= load().then((part) => {
      loaded = part;
      for (const listener of listeners) listener();
      return part;
    });
    return pending;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const current = () => loaded;
  const onServer = () => undefined;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level, never in a render.
  function Part({ fallback, ...props }: P & { fallback: ReactNode }) {
    const Ready = useSyncExternalStore(subscribe, current, onServer);
    useEffect(() => {
      // A part that cannot load (offline, a failed deploy) keeps its placeholder; the page around it carries on.
      preload().catch(() => undefined);
    }, []);
    return <PartBoundary fallback={fallback}>{Ready ? <Ready {...(props as P)} /> : fallback}</PartBoundary>;
  }
  return Object.assign(Part, { preload });
}
