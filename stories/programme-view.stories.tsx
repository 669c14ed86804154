import { exercises, hipFlexorReturnToRun } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { fixtureExercises, programmeFixture, twelveWeekProgramme } from "@movekit/fixtures/programmes";
import { ProgrammeView } from "@movekit/react/programme-view";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { INCOMPLETE } from "./support/broken-exercises";

/**
 * A fresh mount paints where the patient is, the safety rules and the stepper first; the phases (open on the
 * current phase and week) follow a frame later and the exercise guide last. Every play (and so the axe check
 * after it) waits for all of it.
 */
async function allPartsShown(canvasElement: HTMLElement) {
  await waitFor(() =>
    expect(canvasElement.querySelector("[data-slot='programme-view']")).not.toHaveAttribute("data-pending"),
  );
}

const meta = {
  title: "Programme/ProgrammeView",
  component: ProgrammeView,
  args: {
    programme: hipFlexorReturnToRun,
    exercises,
    startDate: "2026-03-02",
    today: "2026-03-18",
  },
  decorators: [(Story) => <div style={{ maxWidth: "60rem" }}>{Story()}</div>],
  play: ({ canvasElement }) => allPartsShown(canvasElement),
} satisfies Meta<typeof ProgrammeView>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The shipped hip-flexor return-to-run programme from @movekit/content, in its third week. Stop rules and the
 * pain rule come first; dates are the earliest possible, since moving on depends on the exit criteria.
 */
export const ShippedProgramme: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("region", { name: "When to stop and get help" })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "Using pain as your guide" })).toBeVisible();
    const steps = within(canvas.getByRole("navigation", { name: "Phases" })).getAllByRole("listitem");
    await expect(steps.map((s) => s.dataset.state)).toContain("current");
    await allPartsShown(canvasElement);
    await expect(canvasElement.querySelector("[data-slot='week'][data-state='current']")).toHaveTextContent(
      "This week",
    );
  },
};

/**
 * The exercise guide lists every exercise with its safety, always shown; each exercise's start position, dose per
 * phase and cues sit behind its "How to do it" button (rendered only while open, and opened for printing).
 */
export const ExerciseInstructionsOpen: Story = {
  args: { programme: programmeFixture, exercises: fixtureExercises, startDate: "2026-03-02" },
  play: async ({ canvasElement }) => {
    await allPartsShown(canvasElement);
    const item = canvasElement.querySelector("[data-slot='handout-exercise'][data-exercise='clamshell']");
    const entry = within(item as HTMLElement);
    const button = entry.getByRole("button", { name: "How to do it Clamshell" });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(item?.querySelector("[data-slot='contraindication-list']")).toBeVisible();
    button.focus();
    await userEvent.keyboard("{Enter}");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(item?.querySelector("[data-slot='cue-list']")).toBeVisible();
    await expect(item?.querySelector("[data-slot='contraindication-list']")).toBeVisible();
  },
};

/** Before a start date is set: no week view; the first phase is current. */
export const WithoutDates: Story = { args: { startDate: undefined, today: undefined } };

/** The clinician says the patient is in the Build phase, whatever the calendar says. */
export const CurrentPhaseSetByClinician: Story = {
  args: { programme: programmeFixture, exercises: fixtureExercises, currentPhaseId: "build", startDate: "2026-03-02" },
  play: async ({ canvasElement }) => {
    await allPartsShown(canvasElement);
    const current = canvasElement.querySelector("[data-slot='phase-step'][data-state='current']");
    await expect(current).toHaveAttribute("aria-current", "step");
    await expect(current).toHaveTextContent("Phase 2 of 3: Build");
  },
};

/** Before the start date: it says when it starts, and opens the first phase and week (what comes first). */
export const NotStarted: Story = {
  args: { programme: programmeFixture, exercises: fixtureExercises, startDate: "2026-03-02", today: "2026-02-01" },
  play: async ({ canvasElement }) => {
    await allPartsShown(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Starts on 2 March 2026: week 1 of 10")).toBeVisible();
    const open = canvasElement.querySelectorAll("[data-slot='phase'][data-open]");
    await expect([...open].map((p) => p.getAttribute("data-state"))).toEqual(["upcoming"]);
    await expect(canvasElement.querySelector("[data-slot='week'][data-open]")).toHaveAttribute("data-week", "1");
  },
};

/** After the last planned week: every phase is done and collapsed; the safety rules stay on screen. */
export const Finished: Story = {
  args: { programme: programmeFixture, exercises: fixtureExercises, startDate: "2026-03-02", today: "2026-12-01" },
  play: async ({ canvasElement }) => {
    await allPartsShown(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText("All 10 weeks done")).toBeVisible();
    await expect(canvasElement.querySelector("[data-slot='phase'][data-open]")).toBeNull();
    await expect(canvas.getByRole("region", { name: "When to stop and get help" })).toBeVisible();
  },
};

/**
 * A part that throws (here a host plug-in in one exercise's row) shows a local fallback; the rest of the
 * programme and every safety notice stay on screen.
 */
export const BrokenPart: Story = {
  args: {
    programme: programmeFixture,
    exercises: fixtureExercises,
    // Both phases that use the plank, open.
    defaultOpenPhases: ["build", "return-to-run"],
    renderExerciseExtra: (exercise) => {
      if (exercise?.id === "front-plank") throw new Error("A broken plug-in");
      return null;
    },
  },
  play: async ({ canvasElement }) => {
    await allPartsShown(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText(/This exercise could not be shown/)).toHaveLength(2);
    await expect(canvas.getByRole("region", { name: "When to stop and get help" })).toBeVisible();
  },
};

/**
 * Twelve weeks, four sessions a week, eight exercises a session (the performance budget's size), in week 6:
 * it says "Week 6 of 12" and opens on the current phase and week; the rest open from their headings.
 */
export const CurrentWeekSixOfTwelve: Story = {
  args: { programme: twelveWeekProgramme(), exercises: fixtureExercises, startDate: "2026-01-05", today: "2026-02-09" },
  play: async ({ canvasElement }) => {
    await allPartsShown(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Week 6 of 12")).toBeVisible();
    const current = canvas.getByRole("region", { name: "Phase 2 of 3: Phase 2" });
    await expect(current).toHaveAttribute("data-open");
    const weeks = [...current.querySelectorAll<HTMLElement>("[data-slot='week']")];
    await expect(weeks.map((w) => [w.dataset.week, w.hasAttribute("data-open")])).toEqual([
      ["5", false],
      ["6", true],
      ["7", false],
      ["8", false],
    ]);
    // Week 5 opens from the keyboard.
    const week5 = within(weeks[0] as HTMLElement).getByRole("button", { name: /^Week 5/ });
    week5.focus();
    await userEvent.keyboard("{Enter}");
    await expect(week5).toHaveAttribute("aria-expanded", "true");
    await expect(within(weeks[0] as HTMLElement).getAllByRole("time")).toHaveLength(4);
  },
};

/** Spanish: dates, phases and the pain rule in Spanish. */
export const Spanish: Story = {
  globals: { locale: "es" },
  play: async ({ canvasElement }) => {
    await allPartsShown(canvasElement);
    await expect(within(canvasElement).getByRole("heading", { name: "El dolor como guía" })).toBeVisible();
  },
};

/**
 * One exercise of the shipped programme arrives broken (`cues: null`, `defaultDosage: null`). It loses only those
 * parts and says so; every exercise's contraindications and red flags stay, in the server HTML too.
 */
export const OneBrokenExercise: Story = {
  args: {
    exercises: exercises.map((exercise) =>
      exercise.id === "glute-bridge"
        ? ({ ...exercise, cues: null, defaultDosage: null } as unknown as Exercise)
        : exercise,
    ),
  },
  play: async ({ canvasElement }) => {
    await allPartsShown(canvasElement);
    const broken = canvasElement.querySelector("[data-slot='handout-exercise'][data-exercise='glute-bridge']");
    await expect(within(broken as HTMLElement).getByText(INCOMPLETE)).toBeVisible();
    const items = canvasElement.querySelectorAll("[data-slot='handout'] [data-slot='contraindication']");
    await expect(items.length).toBeGreaterThan(20);
    for (const item of items) await expect(item).toBeVisible();
  },
};
