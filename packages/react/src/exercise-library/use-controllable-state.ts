import { useCallback, useRef, useState } from "react";

/**
 * State that a host may control (`value` + `onChange`) or leave to the component (`defaultValue`).
 * The setter always reports the new value through `onChange`.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T | ((previous: T) => T)) => void] {
  const [own, setOwn] = useState(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : own;
  // The latest value and callback, so the setter stays stable and functional updates see fresh state.
  const latest = useRef({ current, onChange, isControlled });
  latest.current = { current, onChange, isControlled };

  const set = useCallback((next: T | ((previous: T) => T)) => {
    const { current: previous, onChange: notify, isControlled: controlled } = latest.current;
    const resolved = typeof next === "function" ? (next as (previous: T) => T)(previous) : next;
    if (Object.is(resolved, previous)) return;
    latest.current.current = resolved;
    if (!controlled) setOwn(resolved);
    notify?.(resolved);
  }, []);

  return [current, set];
}
