// Bench page: a 12-week programme (3 phases × 4 weeks × 4 sessions × 6–8 exercises = 336 rows) rendered by
// ProgrammeView ("programme-view") or as a plain nested list of the same rows ("baseline"), by ?variant=.
import "@movekit/react/styles.css";
import "./bench.css";
import { describeDosage, localize } from "@movekit/core";
import type { ComponentType } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { syntheticExercises, syntheticProgramme } from "../synthetic-library";
import { measure } from "./measure";

const variant = new URLSearchParams(location.search).get("variant") ?? "programme-view";
const exercises = syntheticExercises(60);
// Parsed form, like the exercises (checked by bench/synthetic-library.test.ts).
const programme = syntheticProgramme(exercises);
const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));
const START_DATE = "2026-01-05";

// ProgrammeView is picked up as soon as its folder exists; until then the page reports it as unavailable.
const modules = import.meta.glob<{ ProgrammeView?: ComponentType<Record<string, unknown>> }>(
  "../../packages/react/src/programme-view/index.ts",
);
const loadProgrammeView = Object.values(modules)[0];

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

async function setUp() {
  let View: ComponentType | undefined = Baseline;
  if (variant === "programme-view") {
    const ProgrammeView = loadProgrammeView ? (await loadProgrammeView()).ProgrammeView : undefined;
    View = ProgrammeView
      ? () => <ProgrammeView programme={programme} exercises={exercises} startDate={START_DATE} locale="en-GB" />
      : undefined;
  }
  window.__bench = {
    ready: true,
    async run() {
      if (!View) return { unavailable: "ProgrammeView not built yet" };
      const Render = View;
      const host = document.getElementById("root") as HTMLElement;
      const root = createRoot(host);
      const initial = await measure(host, () => flushSync(() => root.render(<Render />)));
      const nodes = host.querySelectorAll("*").length;
      return { initial, nodes };
    },
  };
}

void setUp();
