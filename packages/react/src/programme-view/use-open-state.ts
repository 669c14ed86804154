import { useCallback, useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { useControllableState } from "../internal/use-controllable-state";

/**
 * Which parts are open, as a list the host may control (`value` + `onChange`) or leave to the view
 * (`defaultValue`). The setter opens or closes one part and reports the whole new list.
 */
export function useOpenList<T>(
  value: readonly T[] | undefined,
  defaultValue: readonly T[],
  onChange: ((next: T[]) => void) | undefined,
): [readonly T[], (item: T, open: boolean) => void] {
  // A host's bad value (not a list) counts as not given: the view never throws to the host for bad props.
  const [list, setList] = useControllableState<readonly T[]>(
    Array.isArray(value) ? value : undefined,
    Array.isArray(defaultValue) ? defaultValue : [],
    onChange as ((next: readonly T[]) => void) | undefined,
  );
  const setOpen = useCallback(
    (item: T, open: boolean) =>
      setList((previous) => {
        if (previous.includes(item) === open) return previous;
        return open ? [...previous, item] : previous.filter((x) => x !== item);
      }),
    [setList],
  );
  return [list, setOpen];
}

/**
 * True while the page is being printed. Collapsed parts are not rendered at all, so printing opens every part
 * first: `beforeprint` runs before the print layout, and flushSync puts the whole programme in the DOM in time.
 * Listeners are added in an effect, so nothing reads `window` on import or on the server.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
