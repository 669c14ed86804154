import { hipFlexorReturnToRun, exercises as shippedExercises } from "@movekit/content";
import { scheduleProgramme, scheduleWeeks } from "@movekit/core";
import { parseProgramme } from "@movekit/core/validation";
import { fixtureExercises, programmeFixture } from "@movekit/fixtures/programmes";
import { render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { WAIT_CEILING_MS } from "../../../../vitest.wait";
import { ProgrammeView } from "./programme-view";

// Timeouts are ceilings for a busy shared machine, never speed checks.
describe("ProgrammeView parts", { timeout: 30_000 }, () => {
  it("gives every exercise once in the guide, with its safety and a QR code only for an https video", async () => {
    render(<ProgrammeView programme={programmeFixture} exercises={fixtureExercises} />);
    await waitFor(() => expect(document.querySelector("[data-slot='handout']")).not.toBeNull(), {
      timeout: WAIT_CEILING_MS,
    });
    const guide = document.querySelector("[data-slot='handout']") as HTMLElement;
    expect(within(guide).getByRole("heading", { level: 3, name: "Your exercises" })).toBeInTheDocument();
    const items = guide.querySelectorAll("[data-slot='handout-exercise']");
    expect([...items].map((i) => i.getAttribute("data-exercise"))).toEqual([
      "clamshell",
      "glute-bridge",
      "front-plank",
      "eccentric-leg-lowering",
    ]);
    const clamshell = items[0] as HTMLElement;
    // The print-only QR code's encoder loads on its own after first paint: waited for, not assumed.
    expect(
      await within(clamshell).findByRole(
        "img",
        { name: "QR code that opens the video of Clamshell" },
        { timeout: WAIT_CEILING_MS },
      ),
    ).toBeInTheDocument();
    expect(clamshell).toHaveTextContent("https://media.example.org/clamshell.mp4");
    expect(within(clamshell).getByRole("region", { name: /Emergency/ })).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).queryByRole("img", { name: /QR code/ })).toBeNull();
  });

  it("treats open lists that are not lists as not given, and opens where the patient is", async () => {
    render(
      <ProgrammeView
        programme={programmeFixture}
        exercises={fixtureExercises}
        openPhases={null as unknown as string[]}
        defaultOpenWeeks={"2" as unknown as number[]}
      />,
    );
    await waitFor(() => expect(document.querySelector("[data-slot='phase'][data-open]")).not.toBeNull(), {
      timeout: WAIT_CEILING_MS,
    });
    expect(screen.getByRole("region", { name: "Phase 1 of 3: Settle" })).toHaveAttribute("data-open");
    expect(screen.getByRole("region", { name: "When to stop and get help" })).toBeInTheDocument();
  });

  // Not everything at once: each phase is opened in turn with all its weeks, which is how a reader reaches them.
  it("reaches every phase, week and session of the shipped programme by opening them", async () => {
    const ids = shippedExercises.map((e) => e.id);
    expect(parseProgramme(hipFlexorReturnToRun, { exerciseIds: ids }).ok).toBe(true);
    const schedule = scheduleProgramme(hipFlexorReturnToRun, "2025-03-03", { today: "2025-03-03" });
    const weeks = scheduleWeeks(schedule);
    const view = (phaseId: string) => (
      <ProgrammeView
        programme={hipFlexorReturnToRun}
        exercises={shippedExercises}
        startDate="2025-03-03"
        today="2025-03-03"
        openPhases={[phaseId]}
        openWeeks={weeks.map((w) => w.week)}
      />
    );
    const phases = hipFlexorReturnToRun.phases;
    const { rerender } = render(view(phases[0]?.id as string));
    await waitFor(() => expect(document.querySelector("[data-slot='phase']")).not.toBeNull(), {
      timeout: WAIT_CEILING_MS,
    });
    let sessions = 0;
    let weekCount = 0;
    for (const [index, phase] of phases.entries()) {
      rerender(view(phase.id));
      const section = document.querySelector(`[data-slot='phase'][data-open]`) as HTMLElement;
      expect(section.querySelector("[data-slot='disclosure-trigger']")).toHaveTextContent(
        `Phase ${index + 1} of ${phases.length}`,
      );
      expect(section.querySelectorAll("[data-slot='exercise-row']")).toHaveLength(phase.contents.length);
      weekCount += section.querySelectorAll("[data-slot='week']").length;
      sessions += section.querySelectorAll("[data-slot='week-session']").length;
    }
    expect(weekCount).toBe(weeks.length);
    expect(sessions).toBe(schedule.sessions.length);
    expect(document.querySelectorAll("[data-slot='section-error']")).toHaveLength(0);
    expect(screen.queryByText(/is missing from the library/)).toBeNull();
  });
});
