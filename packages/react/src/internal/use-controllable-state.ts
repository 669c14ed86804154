import { useCallback, useEffect, useRef, useState } from "react";
import { isDevelopment } from "./dev-mode";

export interface ControllableStateOptions<T> {
  /** Names the component and prop in the development warning, e.g. "PainCheck `value`". */
  name?: string;
  /** When two values count as the same (no change is reported). @default Object.is */
  equal?: (a: T, b: T) => boolean;
}

/**
 * State a host may control (`value` + `onChange`) or leave to the component (`defaultValue`). Changes are
 * reported from the setter, the place where they happen, not from an effect: so `onChange` never fires on mount
 * and fires once per change under StrictMode, whose double-run effects would otherwise report twice. In
 * development, a component that switches between controlled and uncontrolled logs one warning.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
  { name = "component", equal = Object.is }: ControllableStateOptions<T> = {},
): [T, (next: T | ((previous: T) => T)) => void] {
  const [own, setOwn] = useState(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : own;
  // The latest value and callback, so the setter stays stable and functional updates see fresh state.
  const latest = useRef({ current, onChange, isControlled, equal });
  latest.current = { current, onChange, isControlled, equal };

  // A component that switches between controlled and uncontrolled shows a stale or jumping value: say so once.
  const wasControlled = useRef(isControlled);
  const warned = useRef(false);
  useEffect(() => {
    if (wasControlled.current === isControlled || warned.current || !isDevelopment()) return;
    warned.current = true;
    const [from, to] = isControlled ? ["uncontrolled", "controlled"] : ["controlled", "uncontrolled"];
    console.warn(
      `Movekit ${name}: changed from ${from} to ${to}. Pass a value for the whole life of the component ` +
        "(controlled) or never (uncontrolled, with a default).",
    );
  }, [isControlled, name]);

  const set = useCallback((next: T | ((previous: T) => T)) => {
    const { current: previous, onChange: notify, isControlled: controlled, equal: same } = latest.current;
    const resolved = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
    if (same(resolved, previous)) return;
    latest.current.current = resolved;
    if (!controlled) setOwn(resolved);
    notify?.(resolved);
  }, []);

  return [current, set];
}
