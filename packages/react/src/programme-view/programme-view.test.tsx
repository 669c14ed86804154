import { scheduleProgramme } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { parseExercise, parseProgramme } from "@movekit/core/validation";
import { fixtureExercises, programmeFixture, twelveWeekProgramme } from "@movekit/fixtures/programmes";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { WAIT_CEILING_MS } from "../../../../vitest.wait";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { ProgrammeView } from "./programme-view";

/** The phases follow the first paint: waits for them (the exercise guide is not waited for). */
async function renderPhases(ui: ReactElement) {
  const result = render(ui);
  // A ceiling for a busy machine (the shared one for every wait), not a speed check.
  await waitFor(() => expect(document.querySelector("[data-slot='phase']")).not.toBeNull(), {
    timeout: WAIT_CEILING_MS,
  });
  return result;
}

const phase = (name: string) => screen.getByRole("region", { name });
const trigger = (region: HTMLElement) =>
  within(region)
    .getAllByRole("button")
    .find((b) => b.dataset.slot === "disclosure-trigger") as HTMLElement;

/** The fixture programme (2 + 2 + 6 weeks) started on a Monday before a month end, read in its second week. */
const datedFixture = (props: Partial<Parameters<typeof ProgrammeView>[0]> = {}) => (
  <ProgrammeView
    programme={programmeFixture}
    exercises={fixtureExercises}
    startDate="2025-01-27"
    today="2025-02-05"
    {...props}
  />
);

describe("programme fixtures", () => {
  it("are valid content", () => {
    for (const exercise of fixtureExercises) {
      const result = parseExercise(exercise);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
    const ids = fixtureExercises.map((e) => e.id);
    for (const programme of [programmeFixture, twelveWeekProgramme()]) {
      const result = parseProgramme(programme, { exerciseIds: ids });
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });
});

// Timeouts are ceilings for a busy shared machine (load averages above 20 seen), never speed checks.
describe("ProgrammeView", { timeout: 30_000 }, () => {
  it("puts the stop rules and the pain rule, in words, before the phases", () => {
    render(<ProgrammeView programme={programmeFixture} exercises={fixtureExercises} />);
    const safety = screen.getByRole("region", { name: "When to stop and get help" });
    expect(within(safety).getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" })).toHaveTextContent(
      "Chest pain or sudden breathlessness.",
    );
    const rule = screen.getByRole("heading", { name: "Using pain as your guide" }).closest("section") as HTMLElement;
    const bands = within(rule).getAllByRole("listitem");
    expect(bands.map((b) => b.textContent)).toEqual([
      "0 to 3 out of 10: Safe – Continue: Carry on as planned.",
      "4 to 5 out of 10: Acceptable – Reduce: Do fewer repetitions next time.",
      "6 to 10 out of 10: Too much – Stop and contact your clinician: Stop this exercise and contact your physiotherapist.",
    ]);
    expect(rule).toHaveTextContent("By the next morning, pain should be back to 3 out of 10 or lower.");
    expect(rule).toHaveTextContent("Pain limits from: Suffolk NHS physiotherapy exercise leaflet");
    const phases = screen.getByRole("navigation", { name: "Phases" });
    expect(safety.compareDocumentPosition(rule) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(rule.compareDocumentPosition(phases) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  // Only the first render; the stages that follow it are tested in Chromium, where paint timing is real.
  it("paints where the patient is, the safety rules and the stepper first, and marks the rest as pending", () => {
    render(datedFixture());
    const progress = screen.getByRole("region", { name: "Where you are" });
    expect(within(progress).getByText("Week 2 of 10")).toBeInTheDocument();
    expect(progress.querySelector("[data-slot='programme-phase']")).toHaveTextContent("Phase 1 of 3: Settle");
    expect(screen.getByRole("region", { name: "When to stop and get help" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Using pain as your guide" })).toBeInTheDocument();
    expect(within(screen.getByRole("navigation", { name: "Phases" })).getAllByRole("listitem")).toHaveLength(3);
    expect(document.querySelectorAll("[data-slot='phase']")).toHaveLength(0);
    expect(document.querySelector("[data-slot='programme-view']")).toHaveAttribute("data-pending");
  });

  it("opens on the current phase and week; other weeks and phases are collapsed and not rendered", async () => {
    await renderPhases(datedFixture());
    const settle = phase("Phase 1 of 3: Settle");
    expect(settle).toHaveAttribute("data-open");
    expect(settle).toHaveAttribute("data-current");
    expect(trigger(settle)).toHaveAttribute("aria-expanded", "true");
    // The button names the phase, its dates and its state.
    expect(trigger(settle)).toHaveAccessibleName("Phase 1 of 3: Settle 27 January – 9 February 2025 Current phase");
    for (const name of ["Phase 2 of 3: Build", "Phase 3 of 3: Return to running"]) {
      expect(trigger(phase(name))).toHaveAttribute("aria-expanded", "false");
      expect(trigger(phase(name))).toHaveAttribute("data-state", "closed");
      expect(within(phase(name)).queryByRole("table")).toBeNull();
    }
    const weeks = [...settle.querySelectorAll<HTMLElement>("[data-slot='week']")];
    expect(weeks.map((w) => [w.dataset.week, w.dataset.state, w.hasAttribute("data-open")])).toEqual([
      ["1", "past", false],
      ["2", "current", true],
    ]);
    expect(trigger(weeks[1] as HTMLElement)).toHaveAccessibleName("Week 2 3 – 9 February 2025 This week");
    expect(weeks[0]?.querySelectorAll("[data-slot='week-session']")).toHaveLength(0);
    const times = within(weeks[1] as HTMLElement).getAllByRole("time");
    expect(times.map((t) => t.getAttribute("datetime"))).toEqual(["2025-02-03", "2025-02-05", "2025-02-07"]);
    expect(times[0]).toHaveTextContent("Mon 3 Feb");
    expect(weeks[1]?.querySelector("[data-today]")).toHaveTextContent("Today");
    expect(screen.getByText("From 27 January 2025 to 6 April 2025 at the earliest.")).toBeInTheDocument();
  });

  it("opens and closes phases and weeks with the keyboard", async () => {
    const user = userEvent.setup();
    await renderPhases(datedFixture());
    const build = phase("Phase 2 of 3: Build");
    trigger(build).focus();
    await user.keyboard("{Enter}");
    expect(trigger(build)).toHaveAttribute("aria-expanded", "true");
    const table = within(build).getByRole("table", { name: "In each session" });
    expect(trigger(build).getAttribute("aria-controls")).toBe(table.closest("[data-slot='disclosure-content']")?.id);
    const week3 = build.querySelector("[data-week='3']") as HTMLElement;
    trigger(week3).focus();
    await user.keyboard(" ");
    expect(within(week3).getAllByRole("time")).toHaveLength(3);
    await user.keyboard(" ");
    expect(within(week3).queryByRole("time")).toBeNull();
    trigger(build).focus();
    await user.keyboard("{Enter}");
    expect(within(build).queryByRole("table")).toBeNull();
    expect(trigger(build)).toHaveFocus();
  });

  it("keeps the safety notes of a collapsed phase on screen, and every programme-wide one", async () => {
    const programme = {
      ...programmeFixture,
      regressionRules: [
        ...programmeFixture.regressionRules,
        {
          id: "build-flare",
          fromPhaseId: "build",
          toPhaseId: "settle",
          when: { "en-GB": "Your hip hurts more each morning." },
          action: { "en-GB": "Go back to the Settle exercises." },
          criteria: [],
        },
      ],
    };
    // The library lacks the leg lowering: its row would vanish with the collapsed phase, so the phase says so.
    const exercises = fixtureExercises.filter((e) => e.id !== "eccentric-leg-lowering");
    await renderPhases(<ProgrammeView programme={programme} exercises={exercises} openPhases={[]} />);
    const build = phase("Phase 2 of 3: Build");
    expect(trigger(build)).toHaveAttribute("aria-expanded", "false");
    const notes = within(build).getByRole("heading", { name: "Keep in mind in this phase" })
      .parentElement as HTMLElement;
    expect(notes).toHaveAttribute("data-slot", "phase-safety");
    expect(notes).toHaveTextContent("When: Your hip hurts more each morning.");
    expect(notes).toHaveTextContent("The exercise “eccentric-leg-lowering” is missing from the library.");
    expect(within(phase("Phase 1 of 3: Settle")).queryByRole("heading", { name: /Keep in mind/ })).toBeNull();
    expect(screen.getByRole("region", { name: "When to stop and get help" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Using pain as your guide" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Stepping back" })).toBeInTheDocument();
  });

  it("lets the host control the open phases and weeks, and reports each change", async () => {
    const onOpenPhasesChange = vi.fn();
    const onOpenWeeksChange = vi.fn();
    const ui = (openPhases: string[]) =>
      datedFixture({ openPhases, onOpenPhasesChange, openWeeks: [4], onOpenWeeksChange });
    const { rerender } = await renderPhases(ui(["build"]));
    expect(trigger(phase("Phase 1 of 3: Settle"))).toHaveAttribute("aria-expanded", "false");
    const build = phase("Phase 2 of 3: Build");
    expect(build.querySelector("[data-week='4']")).toHaveAttribute("data-open");
    await userEvent.click(trigger(phase("Phase 1 of 3: Settle")));
    expect(onOpenPhasesChange).toHaveBeenLastCalledWith(["build", "settle"]);
    // Controlled: nothing opens until the host says so.
    expect(trigger(phase("Phase 1 of 3: Settle"))).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(trigger(build.querySelector("[data-week='3']") as HTMLElement));
    expect(onOpenWeeksChange).toHaveBeenLastCalledWith([4, 3]);
    rerender(ui(["build", "settle"]));
    expect(trigger(phase("Phase 1 of 3: Settle"))).toHaveAttribute("aria-expanded", "true");
  });

  it("opens the first phase without dates, and the first week before the start", async () => {
    const { unmount } = await renderPhases(<ProgrammeView programme={programmeFixture} exercises={fixtureExercises} />);
    expect(screen.queryByRole("region", { name: "Where you are" })).toBeNull();
    expect(trigger(phase("Phase 1 of 3: Settle"))).toHaveAttribute("aria-expanded", "true");
    expect(document.querySelector("[data-slot='week']")).toBeNull();
    unmount();
    await renderPhases(datedFixture({ today: "2025-01-01" }));
    expect(screen.getByText("Starts on 27 January 2025: week 1 of 10")).toBeInTheDocument();
    expect(document.querySelectorAll("[data-slot='phase'][data-open]")).toHaveLength(1);
    expect(document.querySelector("[data-slot='week'][data-open]")).toHaveAttribute("data-week", "1");
  });

  it("collapses every phase once finished, and says so", async () => {
    await renderPhases(datedFixture({ today: "2025-12-01" }));
    expect(screen.getByText("All 10 weeks done")).toBeInTheDocument();
    expect(document.querySelectorAll("[data-slot='phase'][data-state='done']")).toHaveLength(3);
    expect(document.querySelector("[data-slot='phase'][data-open]")).toBeNull();
  });

  it("opens every part for printing, then closes them again", async () => {
    await renderPhases(datedFixture());
    expect(document.querySelectorAll("[data-slot='week-session']")).toHaveLength(3);
    act(() => void window.dispatchEvent(new Event("beforeprint")));
    // Every phase, week and dated session is in the page the moment printing starts.
    expect(document.querySelectorAll("[data-slot='phase'][data-open]")).toHaveLength(3);
    expect(document.querySelectorAll("[data-slot='week'][data-open]")).toHaveLength(10);
    const schedule = scheduleProgramme(programmeFixture, "2025-01-27", { today: "2025-02-05" });
    expect(document.querySelectorAll("[data-slot='week-session']")).toHaveLength(schedule.sessions.length);
    act(() => void window.dispatchEvent(new Event("afterprint")));
    expect(document.querySelectorAll("[data-slot='week-session']")).toHaveLength(3);
  });

  it("lists each session's exercises with a compact dose and time, each cell labelled", async () => {
    await renderPhases(<ProgrammeView programme={programmeFixture} exercises={fixtureExercises} />);
    const settle = phase("Phase 1 of 3: Settle");
    const table = within(settle).getByRole("table", { name: "In each session" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["Clamshell", "Glute bridge"]);
    expect(rows[0]).toHaveTextContent("2 × 3 each side");
    expect(within(rows[0] as HTMLElement).getByRole("group", { name: "Dosage" })).toHaveTextContent(
      "2 sets of 3 repetitions on each side",
    );
    expect(rows[1]).toHaveTextContent("2 × 10 · 2s hold");
    expect(rows[1]).toHaveTextContent("About 3 minutes");
    const cells = within(rows[1] as HTMLElement).getAllByRole("cell");
    expect(cells.map((c) => c.dataset.label)).toEqual(["How much", "Time"]);
    const link = within(rows[0] as HTMLElement).getByRole("link", { name: "Clamshell" });
    expect(link.getAttribute("href")).toMatch(/-exercise-clamshell$/);
    expect(within(settle).getByText(/The whole session takes about \d+ minutes\./)).toBeInTheDocument();
    expect(within(settle).getByRole("heading", { name: "Relative rest" })).toBeInTheDocument();
  });

  it("shows a local fallback for a part that throws, keeps the rest and the safety notices", async () => {
    const onSectionError = vi.fn();
    vi.spyOn(console, "error").mockImplementation(() => {});
    await renderPhases(
      <ProgrammeView
        programme={programmeFixture}
        exercises={fixtureExercises}
        defaultOpenPhases={["build", "return-to-run"]}
        onSectionError={onSectionError}
        renderExerciseExtra={(exercise) => {
          if (exercise?.id === "front-plank") throw new Error("broken plug-in");
          return null;
        }}
      />,
    );
    // The plank is in two phases: two rows fail, each on its own.
    const fallbacks = screen.getAllByText("This exercise could not be shown. Ask your clinic for its instructions.");
    expect(fallbacks).toHaveLength(2);
    expect(onSectionError).toHaveBeenCalledTimes(2);
    const rows = within(within(phase("Phase 2 of 3: Build")).getByRole("table"))
      .getAllByRole("row")
      .slice(1);
    expect(rows.map((row) => row.querySelector("a")?.textContent ?? row.textContent)).toEqual([
      "Glute bridge",
      "This exercise could not be shown. Ask your clinic for its instructions.",
      "Eccentric leg lowering",
    ]);
    expect(screen.getByRole("region", { name: "When to stop and get help" })).toBeVisible();
    expect(screen.getByRole("heading", { name: "Using pain as your guide" })).toBeVisible();
    vi.restoreAllMocks();
  });

  it("server-renders the open parts, every phase's heading and all the safety before any script runs", () => {
    const html = renderToString(datedFixture());
    expect(html.match(/data-slot="phase"/g)).toHaveLength(3);
    expect(html.match(/data-slot="week"/g)).toHaveLength(2);
    expect(html.match(/data-slot="week-session"/g)).toHaveLength(3);
    expect(html).toContain('data-slot="programme-safety"');
    expect(html).toContain('data-slot="pain-rule"');
    expect(html.match(/data-slot="handout-exercise"/g)).toHaveLength(4);
    expect(html).toContain('data-slot="programme-evidence"');
  });

  it("speaks Spanish, with dates in Spanish", async () => {
    await renderPhases(
      <MovekitProvider locale="es" messages={es}>
        <ProgrammeView
          programme={programmeFixture}
          exercises={fixtureExercises}
          startDate="2025-01-27"
          today="2025-02-05"
        />
      </MovekitProvider>,
    );
    expect(screen.getByRole("heading", { name: "El dolor como guía" })).toBeInTheDocument();
    expect(screen.getByText("Semana 2 de 10")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Fase 1 de 3: Calmar" })).toHaveAttribute("data-open");
    expect(screen.getAllByText("Esta semana")).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Imprimir la hoja" })).toBeInTheDocument();
  });
});
