import { hipFlexorRunningPlan } from "@movekit/content";
import { generateWalkRunPlan } from "@movekit/core";
import { ReturnToRunPlan } from "@movekit/react/return-to-run-plan";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { runningPlanFixture } from "../packages/react/src/programme-view/programme-fixtures";

const meta = {
  title: "Components/ReturnToRunPlan",
  component: ReturnToRunPlan,
  args: { plan: hipFlexorRunningPlan },
  decorators: [(Story) => <div style={{ maxWidth: "56rem" }}>{Story()}</div>],
} satisfies Meta<typeof ReturnToRunPlan>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped programme's walk/run plan: it passes both load checks. */
export const ShippedPlan: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[data-slot='return-to-run-plan']")).toHaveAttribute("data-warnings", "0");
    await expect(within(canvasElement).getByRole("img", { name: /^Bar chart of running time/ })).toBeVisible();
  },
};

/** A plan with a planted spike: one run far longer than any in the 30 days before, marked in the chart and in words. */
export const WithWarnings: Story = {
  args: { plan: runningPlanFixture },
  play: async ({ canvasElement }) => {
    const flags = canvasElement.querySelectorAll("[data-slot='run-plan-flag']");
    await expect(flags).toHaveLength(2);
    await expect(canvasElement.querySelectorAll("[data-slot='run-chart-marker']")).toHaveLength(1);
  },
};

/** A plan from core's generator: 1 min run / 1 min walk, growing by at most 10% a week. */
export const Generated: Story = { args: { plan: generateWalkRunPlan({ weeks: 8 }) } };

/** A clinic that allows 20% rises sees no warning for the same plan. */
export const ClinicLimits: Story = {
  args: { plan: runningPlanFixture, checks: { maxWeeklyRise: 0.3, maxSingleRunRise: 0.6 } },
};

export const Spanish: Story = { args: { plan: runningPlanFixture, locale: "es" } };
