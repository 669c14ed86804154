import type { SessionClock } from "../use-session";

export interface FakeClock extends SessionClock {
  /** Moves time on in 250 ms steps, firing due intervals as a browser would. */
  advance(ms: number): void;
}

/** A clock tests drive by hand: `now()` only moves when `advance` is called. */
export function fakeClock(): FakeClock {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { callback: () => void; ms: number; due: number }>();
  return {
    now: () => now,
    setInterval(callback, ms) {
      const id = nextId++;
      timers.set(id, { callback, ms, due: now + ms });
      return id;
    },
    clearInterval(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      while (now < end) {
        now = Math.min(end, now + 250);
        for (const [id, timer] of [...timers.entries()]) {
          while (timer.due <= now && timers.has(id)) {
            timer.due += timer.ms;
            timer.callback();
          }
        }
      }
    },
  };
}
