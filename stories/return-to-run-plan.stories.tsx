import { hipFlexorRunningPlan } from "@movekit/content";
import { generateWalkRunPlan } from "@movekit/core/running";
import { runningPlanFixture } from "@movekit/fixtures/programmes";
import { oldJumpPlanFixture, sameDayPlanFixture } from "@movekit/fixtures/run-plans";
import { ReturnToRunPlan } from "@movekit/react/return-to-run-plan";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

const meta = {
  title: "Programme/ReturnToRunPlan",
  component: ReturnToRunPlan,
  args: { plan: hipFlexorRunningPlan },
  decorators: [(Story) => <div style={{ maxWidth: "56rem" }}>{Story()}</div>],
} satisfies Meta<typeof ReturnToRunPlan>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The shipped programme's revised walk/run plan: the hop and strength gate, ten weeks from 1:1 up the run:walk
 * ladder to 20 minutes continuous, every check passing, then hills, strides and speed.
 */
export const ShippedPlan: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector("[data-slot='return-to-run-plan']")).toHaveAttribute("data-warnings", "0");
    await expect(canvas.getByRole("img", { name: /^Bar chart of running time over 10 weeks/ })).toBeVisible();
    await expect(canvas.getByRole("heading", { name: "Before your first run" })).toBeVisible();
    await expect(canvas.getByText(/hop on the spot 10 times in a row on each leg/)).toBeVisible();
  },
};

/** The stage after continuous running: hills, then strides, then speed, each with its own entry criteria. */
export const StagesAfterContinuousRunning: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const stages = canvas.getByRole("heading", { name: "After the walk/run weeks" }).parentElement as HTMLElement;
    stages.scrollIntoView();
    const titles = within(stages).getAllByRole("heading", { level: 4 });
    await expect(titles.map((h) => h.textContent)).toEqual([
      "Stage 1: Gentle hills",
      "Stage 2: Strides",
      "Stage 3: Faster running",
    ]);
    await expect(within(stages).getAllByText("Start when:")).toHaveLength(3);
  },
};

/** The old generator's jump from 110-second runs with 10-second walks to 20 minutes continuous: now it fails. */
export const OldJumpFails: Story = {
  args: { plan: oldJumpPlanFixture },
  play: async ({ canvasElement }) => {
    const flags = [...canvasElement.querySelectorAll("[data-slot='run-plan-flag']")];
    await expect(flags.map((f) => f.getAttribute("data-code"))).toEqual(["bout-doubling", "short-walk-break"]);
  },
};

/** A plan with planted problems, marked in the chart and in words, each long run with Frandsen's size band. */
export const WithWarnings: Story = {
  args: { plan: runningPlanFixture },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("[data-slot='run-plan-flag']")).toHaveLength(6);
    await expect(canvasElement.querySelectorAll("[data-slot='run-chart-marker']")).toHaveLength(2);
    await expect(canvasElement.querySelector("[data-spike-band='30-100']")).not.toBeNull();
  },
};

/** Two runs on one day: compared with each other and as the day's total. */
export const SameDayRuns: Story = { args: { plan: sameDayPlanFixture, checks: { maxWeeklyRise: 1 } } };

/** A plan from core's generator with a 30-minute goal: one rung a week, then continuous running. */
export const Generated: Story = { args: { plan: generateWalkRunPlan({ goalMinutes: 30 }) } };

/** A clinic that allows larger rises sees fewer warnings for the same plan. */
export const ClinicLimits: Story = {
  args: { plan: runningPlanFixture, checks: { maxWeeklyRise: 0.3, maxSingleRunRise: 0.6, maxBoutRatio: 10 } },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { plan: hipFlexorRunningPlan, locale: "es" },
};
