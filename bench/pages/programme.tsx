// Bench page: a 12-week programme (3 phases × 4 weeks × 4 sessions × 6–8 exercises = 336 rows) rendered by
// ProgrammeView ("programme-view") or as a plain nested list of the same rows ("baseline"), by ?variant=.
import "@movekit/react/styles.css";
import "./bench.css";
import { describeDosage, localize } from "@movekit/core";
import { syntheticExercises, syntheticProgramme } from "@movekit/fixtures/synthetic-library";
import { ProgrammeView } from "@movekit/react/programme-view";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { calibrate } from "./calibrate";
import { atFramePhase, frameInterval, measure, nextPaint, phaseOffset, settled } from "./measure";
import { renderShell } from "./shell";

const variant = new URLSearchParams(location.search).get("variant") ?? "programme-view";
const exercises = syntheticExercises(60);
// Parsed form, like the exercises (checked by packages/fixtures/src/synthetic-library.test.ts).
const programme = syntheticProgramme(exercises);
const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));
// Fixed dates, so every run shows the same current phase and week (week 7 of 12).
const START_DATE = "2026-01-05";
const TODAY = "2026-02-17";

/** Every week, session and exercise row as a plain nested list. */
function Baseline() {
  const weeks = programme.phases.flatMap((phase) => Array.from({ length: phase.minWeeks }, () => phase));
  return (
    <ol className="bench-programme">
      {weeks.map((phase, week) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: weeks have no id of their own
        <li key={week}>
          <h2>Week {week + 1}</h2>
          <ol>
            {Array.from({ length: phase.sessionsPerWeek }, (_, session) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sessions have no id of their own
              <li key={session}>
                <h3>Session {session + 1}</h3>
                <ul>
                  {phase.contents.map((item) => {
                    const exercise = byId.get(item.exerciseId);
                    const dosage = item.dosage ?? exercise?.defaultDosage ?? {};
                    return (
                      <li key={item.exerciseId}>
                        {localize(exercise?.name, "en-GB").text}: {describeDosage(dosage, { locale: "en-GB" }).text}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

function View() {
  return variant === "baseline" ? (
    <Baseline />
  ) : (
    <ProgrammeView programme={programme} exercises={exercises} startDate={START_DATE} today={TODAY} locale="en-GB" />
  );
}

window.__bench = {
  ready: true,
  calibrate,
  /** Renders the programme once, starting at run `run` of `runs`'s phase of the frame (see phaseOffset). */
  async run(_steps, _cycles, { run, runs } = { run: 0, runs: 1 }) {
    const host = document.getElementById("root") as HTMLElement;
    const shell = await renderShell(host);
    const first = await timedMount(host, run, runs, true);
    // The same programme mounted again in the same page: what a render costs once its code has run and its fonts
    // and formatters exist. Reported beside "every part painted", not judged: it tells first use from the render.
    first.root.unmount();
    const again = await timedMount(host, run, runs, false);
    const { initial, complete, nodes, completeNodes } = first;
    return { shell, initial, complete, nodes, completeNodes, again: again.complete };
  },
};

/**
 * Mounts the view on a fresh root at run `run` of `runs`'s phase of the frame and times it: to the first paint,
 * then (ProgrammeView paints its top first and the rest just after, marked data-pending until then) until every
 * part is painted. `hooked`: the profiling hooks wrap the first paint.
 */
async function timedMount(host: HTMLElement, run: number, runs: number, hooked: boolean) {
  const root = createRoot(host);
  await atFramePhase(phaseOffset(run, runs, 0, await frameInterval()));
  if (hooked) await window.__benchHook?.("before", -1);
  const start = performance.now();
  const initial = await measure(host, () => flushSync(() => root.render(<View />)), { untilSettled: false });
  if (hooked) await window.__benchHook?.("after", -1);
  const nodes = host.querySelectorAll("*").length;
  await settled(host);
  const complete = variant === "baseline" ? initial.paint : (await nextPaint()) - start;
  return { root, initial, complete, nodes, completeNodes: host.querySelectorAll("*").length };
}
