// Bench page: the ExerciseLibrary ("library") or a plain React list of the same ExerciseCards ("baseline"),
// chosen by ?variant=, with ?n= synthetic exercises. bench/render.mjs loads it and calls window.__bench.run.
import "@movekit/react/styles.css";
import "./bench.css";
import { createSearchIndex, searchExercises } from "@movekit/core";
import { syntheticExercises } from "@movekit/fixtures/synthetic-library";
import { ExerciseCard } from "@movekit/react/exercise-card";
import { ExerciseLibrary, preloadExerciseLibrary } from "@movekit/react/exercise-library";
import { useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { calibrate } from "./calibrate";
import { atFramePhase, frameInterval, measure, phaseOffset, quiet, type Timing, typeInto } from "./measure";
import { renderShell } from "./shell";

const params = new URLSearchParams(location.search);
const size = Number(params.get("n") ?? 1000);
const variant = params.get("variant") ?? "library";
// The generator's output is already in parsed form (its unit test checks parseLibrary returns it unchanged).
const exercises = syntheticExercises(size, { mediaBase: "/synthetic-media/" });
const noop = () => {};

/** The same cards in a plain list: every match is mounted, no deferral, no virtualisation. */
function Baseline() {
  const [query, setQuery] = useState("");
  const index = useMemo(() => createSearchIndex(exercises, "en-GB"), []);
  const results = searchExercises(index, { text: query });
  return (
    <>
      <input type="search" aria-label="Search" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      <ul className="bench-baseline">
        {results.map((exercise) => (
          <li key={exercise.id}>
            <ExerciseCard exercise={exercise} />
          </li>
        ))}
      </ul>
    </>
  );
}

function App() {
  return variant === "baseline" ? <Baseline /> : <ExerciseLibrary exercises={exercises} onSelect={noop} />;
}

window.__bench = {
  ready: true,
  calibrate,
  /**
   * Mounts the page, then types `steps` `cycles` times (each cycle ends with the field cleared). Run `run` of
   * `runs` starts each update at its own phase of the frame (see phaseOffset).
   */
  async run(steps, cycles = 1, { run, runs } = { run: 0, runs: 1 }) {
    const host = document.getElementById("root") as HTMLElement;
    const shell = await renderShell(host);
    // The virtualiser loads on first use; fetched first, so the measured renders are the grid's, as before.
    if (variant !== "baseline") await preloadExerciseLibrary();
    const interval = await frameInterval();
    const root = createRoot(host);
    await window.__benchHook?.("before", -1);
    await atFramePhase(phaseOffset(run, runs, 0, interval));
    const initial = await measure(host, () => flushSync(() => root.render(<App />)));
    await window.__benchHook?.("after", -1);
    const nodes = host.querySelectorAll("*").length;
    await quiet();
    const input = host.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error("No search field");
    const keystrokes: Timing[][] = [];
    for (let cycle = 0; cycle < cycles; cycle++) {
      const timings: Timing[] = [];
      for (const [i, query] of steps.entries()) {
        await window.__benchHook?.("before", cycle * steps.length + i);
        await atFramePhase(phaseOffset(run, runs, i + 1, interval));
        timings.push(await measure(host, () => typeInto(input, query)));
        await window.__benchHook?.("after", cycle * steps.length + i);
        await quiet();
      }
      keystrokes.push(timings);
    }
    // No unmount: the page is thrown away (unmounting 5,000 cards would only slow the run down).
    return { shell, initial, keystrokes, nodes };
  },
};
