// Browser-test commands that watch and hold the page's network (Playwright, run by Vitest on the Node side).
// Media and caption requests are behaviour (zero bytes before play, a source that never answers), and the page
// itself is the only honest witness: `performance` entries miss requests that never complete.
import type { Request, Route } from "playwright";
import type { BrowserCommand } from "vitest/node";

const logs = new Map<string, { lines: string[]; stop(): void }>();
const held = new Map<string, { routes: Route[]; release(): Promise<void> }>();

/** Start recording requests whose URL contains `marker` (a per-test query string), as "type url" lines. */
export const recordRequests: BrowserCommand<[marker: string]> = ({ page }, marker) => {
  const lines: string[] = [];
  const listener = (request: Request) => {
    if (request.url().includes(marker)) lines.push(`${request.resourceType()} ${request.url()}`);
  };
  page.on("request", listener);
  logs.set(marker, { lines, stop: () => page.off("request", listener) });
};

/** The requests recorded so far for `marker`. */
export const recordedRequests: BrowserCommand<[marker: string]> = (_context, marker) => [
  ...(logs.get(marker)?.lines ?? []),
];

/** Stop recording for `marker`. */
export const stopRecording: BrowserCommand<[marker: string]> = (_context, marker) => {
  logs.get(marker)?.stop();
  logs.delete(marker);
};

/** Hold every request whose URL contains `marker`: the server never answers. Returns nothing. */
export const holdRequests: BrowserCommand<[marker: string]> = async ({ page }, marker) => {
  const routes: Route[] = [];
  const matches = (url: URL) => url.href.includes(marker);
  const hold = (route: Route) => {
    routes.push(route);
  };
  await page.route(matches, hold);
  held.set(marker, {
    routes,
    release: async () => {
      await page.unroute(matches, hold);
      await Promise.all(routes.map((route) => route.abort().catch(() => {})));
    },
  });
};

/** How many requests for `marker` are being held. */
export const heldRequests: BrowserCommand<[marker: string]> = (_context, marker) =>
  held.get(marker)?.routes.length ?? 0;

/** Stop holding `marker`'s requests and fail the ones still waiting. */
export const releaseRequests: BrowserCommand<[marker: string]> = async (_context, marker) => {
  await held.get(marker)?.release();
  held.delete(marker);
};

export const networkCommands = {
  recordRequests,
  recordedRequests,
  stopRecording,
  holdRequests,
  heldRequests,
  releaseRequests,
};
