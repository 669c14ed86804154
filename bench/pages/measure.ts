// In-page timing helpers shared by the bench pages. Every figure is "from just before the state update to the
// next paint": mark, update, wait for React to commit, then requestAnimationFrame and a MessageChannel task
// (which runs after the frame is painted). The wait for the next frame is part of the metric, so where in the
// frame an update starts matters: a real keystroke lands anywhere in it. Each update therefore starts at a
// chosen phase of the frame (atFramePhase), and bench/render.mjs spreads the runs evenly over the frame.

declare global {
  interface Window {
    /** Set by each bench page; bench/render.mjs waits for `ready`, then calls `run`. */
    __bench: {
      ready: boolean;
      /** Times the calibration workload (bench/pages/calibrate.ts): ms, before any CPU throttling. */
      calibrate: () => number;
      run: (steps: string[], cycles?: number, position?: { run: number; runs: number }) => Promise<unknown>;
    };
    /** Set only by profiling scripts (Playwright's exposeFunction) to start and stop a profiler around a step (-1: the initial render). */
    __benchHook?: (when: "before" | "after", step: number) => Promise<void>;
  }
}

export interface Timing {
  /** ms from the mark until React committed the final DOM (deferred renders included). */
  commit: number;
  /** ms from the mark until the frame with that DOM was painted: the results are on screen. */
  paint: number;
  /** ms from the mark until the first frame after it was painted: the typed letter is on screen. */
  echo: number;
}

/** Resolves in the next task (a MessageChannel message: not clamped like setTimeout). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Resolves at the next animation frame with the frame's start time. */
const animationFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves in the first task after the next frame is painted. */
export async function nextPaint(): Promise<number> {
  await animationFrame();
  await nextTask();
  return performance.now();
}

/** The page's frame interval in ms, from the timestamps of consecutive animation frames. */
export async function frameInterval(): Promise<number> {
  let previous = await animationFrame();
  const gaps: number[] = [];
  for (let i = 0; i < 6; i++) {
    const now = await animationFrame();
    gaps.push(now - previous);
    previous = now;
  }
  return gaps.sort((a, b) => a - b)[gaps.length >> 1] ?? 1000 / 60;
}

/**
 * Resolves in a task `offset` ms after the start of a frame (the frame's rendering runs first, so a small
 * offset may be passed by the time it resolves). Updates started at evenly spread offsets sample the wait for
 * the next frame the way real input does, instead of always starting just after a frame (the worst case).
 */
export async function atFramePhase(offset: number): Promise<void> {
  const frameStart = await animationFrame();
  while (performance.now() < frameStart + offset) await nextTask();
}

/**
 * The offset into the frame for step `step` of run `run` of `runs`: across the runs each step starts once at
 * each of `runs` evenly spread phases, (k + ½) / runs of a frame, and neighbouring steps at different ones.
 */
export function phaseOffset(run: number, runs: number, step: number, interval: number): number {
  const slot = (run + step) % runs;
  return ((slot + 0.5) / runs) * interval;
}

/**
 * Resolves once nothing under `root` carries `data-pending` (the library marks stale results with it while a
 * deferred render is on its way). The MutationObserver runs in the microtask right after React's commit.
 */
export function settled(root: Element): Promise<number> {
  if (!root.querySelector("[data-pending]")) return Promise.resolve(performance.now());
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.querySelector("[data-pending]")) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(root, { attributes: true, attributeFilter: ["data-pending"], subtree: true, childList: true });
  });
}

/**
 * Runs `update` and times it to commit and to the next paint. With `untilSettled` (the default), "commit" waits
 * for deferred renders marked `data-pending` to finish, so "paint" is the frame with the final DOM.
 */
export async function measure(
  root: Element,
  update: () => void,
  { untilSettled = true }: { untilSettled?: boolean } = {},
): Promise<Timing> {
  const name = `bench-${performance.now()}`;
  performance.mark(name);
  const start = performance.now();
  update();
  const echoed = nextPaint();
  const committed = untilSettled ? await settled(root) : performance.now();
  const painted = await nextPaint();
  performance.measure(`${name}-paint`, name);
  return { commit: committed - start, paint: painted - start, echo: (await echoed) - start };
}

/** Types `value` into a text field the way the browser does, so React's onChange sees it. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * Lets the page go quiet between steps (lazy images, work scheduled for idle time) so one step does not bill
 * the next: a paint, then an idle period. A person types far slower than that.
 */
export async function quiet(): Promise<void> {
  await nextPaint();
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
}
