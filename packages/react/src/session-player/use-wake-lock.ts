import { useEffect, useState } from "react";

/** `on` while the screen is kept awake, `off` when not (denied, released), `unsupported` without the API. */
export type WakeLockState = "on" | "off" | "unsupported";

interface Sentinel {
  release(): Promise<void>;
  addEventListener?(type: "release", listener: () => void): void;
}
interface WakeLockApi {
  request(type: "screen"): Promise<Sentinel>;
}

function wakeLockApi(): WakeLockApi | undefined {
  if (typeof navigator === "undefined") return undefined;
  return (navigator as Navigator & { wakeLock?: WakeLockApi }).wakeLock;
}

/**
 * Keeps the screen on while `active` (a session running, not paused) where the Screen Wake Lock API exists.
 * Released when `active` turns false and on unmount; asked for again when the page becomes visible, because
 * browsers drop the lock when a tab is hidden.
 */
export function useWakeLock(active: boolean): WakeLockState {
  const [state, setState] = useState<WakeLockState>("off");
  useEffect(() => {
    const api = wakeLockApi();
    if (!api) {
      setState("unsupported");
      return;
    }
    if (!active) return;
    let sentinel: Sentinel | undefined;
    let cancelled = false;
    const acquire = () => {
      api.request("screen").then(
        (lock) => {
          if (cancelled) {
            void lock.release().catch(() => {});
            return;
          }
          sentinel = lock;
          setState("on");
          lock.addEventListener?.("release", () => {
            if (sentinel === lock) setState("off");
          });
        },
        // Denied (no user activation, battery saver, permissions policy): the session works without it.
        () => setState("off"),
      );
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") acquire();
    };
    acquire();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", onVisible);
      const held = sentinel;
      sentinel = undefined;
      setState("off");
      if (held) void held.release().catch(() => {});
    };
  }, [active]);
  return state;
}
