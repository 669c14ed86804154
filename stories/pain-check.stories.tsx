import { hipFlexorReturnToRun } from "@movekit/content";
import { MovekitProvider } from "@movekit/react/movekit-provider";
import { PainCheck } from "@movekit/react/pain-check";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { fixtureExercises, threeBandRule, wideBandRule } from "../packages/react/src/programme-view/programme-fixtures";

const meta = {
  title: "Components/PainCheck",
  component: PainCheck,
  args: { rule: hipFlexorReturnToRun.painRule, redFlags: hipFlexorReturnToRun.redFlags },
  decorators: [(Story) => <div style={{ maxWidth: "40rem" }}>{Story()}</div>],
} satisfies Meta<typeof PainCheck>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped programme's pain rule and red flags, nothing answered yet. Use the arrow keys, Home and End. */
export const Unanswered: Story = {
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider", { name: "Pain during exercise" });
    await expect(slider).toHaveAttribute("aria-valuetext", "Not answered yet");
    slider.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await expect(slider).toHaveAttribute("aria-valuetext", "2 out of 10");
  },
};

/** Within the first band: carry on. */
export const Continue: Story = { args: { rule: threeBandRule, defaultReadings: { during: 2, after: 1 } } };

/** In the middle band: reduce. */
export const Reduce: Story = { args: { rule: threeBandRule, defaultReadings: { during: 5, after: 3 } } };

/** In the top band: stop and contact your clinician. */
export const Stop: Story = { args: { rule: threeBandRule, defaultReadings: { during: 7 } } };

/** Fine during and after, but not settled by the next morning and worse than last week. */
export const NotSettled: Story = {
  args: { rule: threeBandRule, defaultReadings: { during: 2, after: 2, nextMorning: 5, trend: "worse" } },
};

/** The same score of 4 under a clinic's wider bands (0–4 continue) than the Reduce story's (4–5 reduce). */
export const WiderBands: Story = { args: { rule: wideBandRule, defaultReadings: { during: 4 } } };

/** A ticked warning sign shows its safety notice first, in its tier. */
export const RedFlagTicked: Story = {
  args: { rule: threeBandRule, redFlags: fixtureExercises[0]?.redFlags ?? [], defaultReadings: { during: 3 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("checkbox", { name: /Chest pain/ }));
    await expect(canvas.getByRole("region", { name: /^Emergency: Call 999/ })).toBeVisible();
  },
};

/** Only the reading after exercise, with a save button. */
export const AfterOnlyWithSave: Story = {
  args: { rule: threeBandRule, measures: ["after"], askTrend: false, redFlags: [], onSubmit: () => {} },
};

export const Spanish: Story = {
  args: { defaultReadings: { during: 4 } },
  decorators: [(Story) => <MovekitProvider locale="es">{Story()}</MovekitProvider>],
};
