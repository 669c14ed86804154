import { useSyncExternalStore } from "react";
import { type ReducedMotionSetting, useMovekit } from "../movekit-provider/movekit-context";

const QUERY = "(prefers-reduced-motion: reduce)";

const hasMatchMedia = () => typeof window !== "undefined" && typeof window.matchMedia === "function";

function subscribe(onChange: () => void): () => void {
  if (!hasMatchMedia()) return () => {};
  const query = window.matchMedia(QUERY);
  query.addEventListener?.("change", onChange);
  return () => query.removeEventListener?.("change", onChange);
}

const readDevice = () => hasMatchMedia() && window.matchMedia(QUERY).matches;

// On the server and while hydrating the device setting is unknown: assume "reduce", so nothing starts moving and
// no animation code is fetched before the real setting is read straight after hydration.
const serverSnapshot = () => true;

/** The rule in one place: a component's own override, then the provider's setting, then the device. */
export function resolveReducedMotion(
  setting: ReducedMotionSetting,
  deviceReduces: boolean,
  override?: boolean,
): boolean {
  if (override !== undefined) return override;
  if (setting === "always") return true;
  if (setting === "never") return false;
  return deviceReduces;
}

/**
 * True when nothing may move: the one reduced-motion source for every component that animates, autoplays or
 * times a transition. Combines `override` (a component's `reducedMotion` prop), MovekitProvider's
 * `reducedMotion` and `prefers-reduced-motion`, which is read through `matchMedia` after mount and kept current.
 */
export function useReducedMotion(override?: boolean): boolean {
  const { reducedMotion } = useMovekit();
  const deviceReduces = useSyncExternalStore(subscribe, readDevice, serverSnapshot);
  return resolveReducedMotion(reducedMotion, deviceReduces, override);
}
