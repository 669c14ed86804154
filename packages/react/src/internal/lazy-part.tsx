import { Component, type ComponentType, type ReactNode, useEffect, useSyncExternalStore } from "react";

/** A component whose code loads on first use, with `preload()` to fetch it earlier (after first paint, in tests). */
/** What a lazy part shows while its code loads, and if it never can. */
export interface LazyPartSlots {
  /** The placeholder while the code loads, sized to keep the layout. */
  fallback: ReactNode;
  /**
   * What stands in if the code cannot load (offline, a stale deploy) or the part throws: what the person can
   * still do without it, never a placeholder that looks busy forever. @default fallback
   */
  failed?: ReactNode;
}

export type LazyPart<P> = ComponentType<P & LazyPartSlots> & {
  /** Starts loading the part's code (once); resolves when it can render without suspending. */
  preload: () => Promise<unknown>;
};

/**
 * Shows the part's `failed` stand-in when the part throws: the component around it, and its safety text, stay on
 * screen instead of the error reaching the host.
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
 * caller sizes to keep the layout, inside its own error boundary; if the code cannot load or the part throws, it
 * shows `failed` (by default the placeholder). Never use it for safety text: that renders on
 * first paint. No Suspense: the server (React 18's `renderToString` included) and hydration always render the
 * placeholder, so their HTML agrees; the client then swaps in the part once its code has loaded. A part loaded
 * before mounting (after `preload()`) renders at once.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  // Stable objects, as useSyncExternalStore compares snapshots by identity.
  const loading: PartState<P> = {};
  const failure: PartState<P> = { failed: true };
  let state = loading;
  let pending: Promise<ComponentType<P>> | undefined;
  const listeners = new Set<() => void>();
  const settle = (next: PartState<P>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const preload = () => {
    pending ??= load().then(
      (part) => {
        settle({ Ready: part });
        return part;
      },
      (error: unknown) => {
        // A later mount tries again (the network may be back); until then every instance shows its `failed`.
        pending = undefined;
        settle(failure);
        throw error;
      },
    );
    return pending;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const current = () => state;
  const onServer = () => loading;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level, never in a render.
  function Part({ fallback, failed = fallback, ...props }: P & LazyPartSlots) {
    const { Ready, failed: cannotLoad } = useSyncExternalStore(subscribe, current, onServer);
    useEffect(() => {
      // A part that cannot load shows `failed`; the page around it carries on.
      preload().catch(() => undefined);
    }, []);
    const shown = Ready ? <Ready {...(props as P)} /> : cannotLoad ? failed : fallback;
    return <PartBoundary fallback={failed}>{shown}</PartBoundary>;
  }
  return Object.assign(Part, { preload });
}

/** Where a part's code is: loading (also on the server and in hydration), here, or unable to load. */
interface PartState<P> {
  Ready?: ComponentType<P>;
  failed?: true;
}
