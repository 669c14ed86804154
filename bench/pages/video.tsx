// Bench page: an exercise's poster painted by ExerciseVideo ("exercise-video") or by a plain
// `<video poster preload="none" controls>` ("baseline"), chosen by ?variant=. The figure is the time from
// `root.render` to the poster's largest-contentful-paint entry, so both variants pay the same image fetch and decode.
import "@movekit/react/styles.css";
import "./bench.css";
import { localize } from "@movekit/core";
import { syntheticExercises } from "@movekit/fixtures/synthetic-library";
import { ExerciseVideo } from "@movekit/react/exercise-video";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { calibrate } from "./calibrate";
import { atFramePhase, frameInterval, phaseOffset } from "./measure";
import { renderShell } from "./shell";

const variant = new URLSearchParams(location.search).get("variant") ?? "exercise-video";
// "large/": bench/render.mjs serves a 640 × 360 poster there, big enough to be the page's largest paint.
const [exercise] = syntheticExercises(1, { mediaBase: "/synthetic-media/large/" });
if (!exercise?.media?.poster) throw new Error("The synthetic exercise has no poster");
const poster = exercise.media.poster;

function View() {
  return variant === "baseline" ? (
    <div className="bench-video">
      {/* biome-ignore lint/a11y/useMediaCaption: the plain baseline has no captions on purpose */}
      <video poster={poster} preload="none" controls aria-label={localize(exercise?.media?.alt, "en-GB").text} />
    </div>
  ) : (
    <div className="bench-video">
      <ExerciseVideo exercise={exercise} locale="en-GB" />
    </div>
  );
}

/**
 * Resolves with the ms from `start` to the first largest-contentful-paint entry for an image or poster inside
 * `host` (the shell's text painted earlier does not count). Rejects if none comes, so the run fails loudly.
 */
function posterPaint(host: Element, start: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("No poster paint within 20 s")), 20_000);
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>) {
        const element = entry.element;
        if (!element || !host.contains(element) || entry.startTime < start) continue;
        if (element.tagName !== "VIDEO" && element.tagName !== "IMG") continue;
        clearTimeout(timer);
        observer.disconnect();
        resolve(entry.startTime - start);
        return;
      }
    });
    observer.observe({ type: "largest-contentful-paint", buffered: true });
  });
}

window.__bench = {
  ready: true,
  calibrate,
  /** Renders the player once, starting at run `run` of `runs`'s phase of the frame (see phaseOffset). */
  async run(_steps, _cycles, { run, runs } = { run: 0, runs: 1 }) {
    const host = document.getElementById("root") as HTMLElement;
    const shell = await renderShell(host);
    const root = createRoot(host);
    await atFramePhase(phaseOffset(run, runs, 0, await frameInterval()));
    const start = performance.now();
    flushSync(() => root.render(<View />));
    const commit = performance.now() - start;
    const paint = await posterPaint(host, start);
    return { shell, initial: { commit, paint, echo: paint }, nodes: host.querySelectorAll("*").length };
  },
};
