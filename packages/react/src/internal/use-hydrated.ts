import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and while hydrating server HTML; true right after hydration and on any fresh client render.
 * For markup that must stay out of server HTML: inline `style` values there become `style` attributes, which a
 * strict CSP (`style-src 'self'`) blocks, while the same values set in the browser go through the CSSOM and are
 * allowed.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
