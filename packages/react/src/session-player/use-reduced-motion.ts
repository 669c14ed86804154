import { useSyncExternalStore } from "react";
import { useMovekit } from "../movekit-provider/movekit-context";

const QUERY = "(prefers-reduced-motion: reduce)";

function subscribe(onChange: () => void): () => void {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return () => {};
  const query = window.matchMedia(QUERY);
  query.addEventListener?.("change", onChange);
  return () => query.removeEventListener?.("change", onChange);
}

const read = () =>
  typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(QUERY).matches;

/**
 * True when motion should stop: the operating system asks for reduced motion, or the host forces it with
 * `<MovekitProvider reducedMotion="always">`. False on the server.
 */
export function useReducedMotion(): boolean {
  const { reducedMotion } = useMovekit();
  const system = useSyncExternalStore(subscribe, read, () => false);
  return reducedMotion === "always" || system;
}
