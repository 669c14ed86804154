// In-page timing helpers shared by the bench pages. Every figure is "from just before the state update to the
// next paint": mark, update, wait for React to commit, then requestAnimationFrame and a MessageChannel task
// (which runs after the frame is painted). ~1 frame of vsync alignment is therefore the floor of the metric.

declare global {
  interface Window {
    /** Set by each bench page; bench/render.mjs waits for `ready`, then calls `run`. */
    __bench: { ready: boolean; run: (steps: string[], cycles?: number) => Promise<unknown> };
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

/** Resolves in the first task after the next frame is painted. */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
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

/** Runs `update` and times it to commit and to the next paint. */
export async function measure(root: Element, update: () => void): Promise<Timing> {
  const name = `bench-${performance.now()}`;
  performance.mark(name);
  const start = performance.now();
  update();
  const echoed = nextPaint();
  const committed = await settled(root);
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
