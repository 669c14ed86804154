import { hipFlexorReturnToRun } from "@movekit/content";
import { createMemoryStore, type RecordStore, RecordStoreError } from "@movekit/core/records";
import { fixtureExercises, threeBandRule, wideBandRule } from "@movekit/fixtures/programmes";
import { PainCheck } from "@movekit/react/pain-check";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";

const meta = {
  title: "Programme/PainCheck",
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

/** Within the first band: carry on. (A band reading left unanswered counts as the worst until answered.) */
export const Continue: Story = { args: { rule: threeBandRule, defaultReadings: { during: 2, after: 1 } } };

/** In the middle band: reduce. */
export const Reduce: Story = { args: { rule: threeBandRule, defaultReadings: { during: 5, after: 3 } } };

/** In the top band: stop and contact your clinician. */
export const Stop: Story = { args: { rule: threeBandRule, defaultReadings: { during: 7 } } };

/** The shipped rule's moderate band: its label, its message and the action all say "Stop for today". */
export const StopForToday: Story = {
  args: { defaultReadings: { during: 4, after: 3 } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[data-slot='pain-check']")).toHaveAttribute("data-action", "stop-today");
    await expect(within(canvasElement).getByText("Stop for today", { selector: "strong" })).toBeVisible();
  },
};

/**
 * A warning sign ticked with a low score: the verdict is the sign's tier ("Stop and get emergency help now"),
 * and the band's "carry on" words are not shown anywhere.
 */
export const WarningSignTickedWithLowScore: Story = {
  args: {
    rule: threeBandRule,
    redFlags: fixtureExercises[0]?.redFlags ?? [],
    defaultReadings: { during: 1, after: 1 },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const check = canvasElement.querySelector("[data-slot='pain-check']") as HTMLElement;
    await expect(check).toHaveAttribute("data-action", "continue");
    await userEvent.click(canvas.getByRole("checkbox", { name: /Chest pain/ }));
    await expect(check).toHaveAttribute("data-action", "emergency");
    await expect(canvas.getByText("Stop and get emergency help now", { selector: "strong" })).toBeVisible();
    await expect(check).not.toHaveTextContent(/carry on|Continue/i);
  },
};

/** Saved answers that cannot be read (42, not a number): no crash; they count as the worst until answered. */
export const UnreadableSavedAnswers: Story = {
  args: {
    rule: threeBandRule,
    redFlags: fixtureExercises[0]?.redFlags ?? [],
    defaultReadings: { during: 42, after: Number.NaN },
  },
  play: async ({ canvasElement }) => {
    const check = canvasElement.querySelector("[data-slot='pain-check']") as HTMLElement;
    await expect(check).toHaveAttribute("data-action", "stop-and-contact");
    await expect(within(canvasElement).getByRole("checkbox", { name: /Chest pain/ })).toBeVisible();
  },
};

/** Fine during and after, but not settled by the next morning and worse than last week. */
export const NotSettled: Story = {
  args: { rule: threeBandRule, defaultReadings: { during: 2, after: 2, nextMorning: 5, trend: "worse" } },
};

/** The same score of 4 under a clinic's wider bands (0–4 continue) than the Reduce story's (4–5 reduce). */
export const WiderBands: Story = { args: { rule: wideBandRule, defaultReadings: { during: 4, after: 4 } } };

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
  globals: { locale: "es" },
  args: { defaultReadings: { during: 4, after: 2 } },
};

// Stores are made per render, outside args: Storybook copies args, and a store must keep its own closure.
const savedCheckIn = () =>
  createMemoryStore([
    {
      key: "check-in-monday",
      kind: "pain-check",
      savedAt: "2026-01-05T09:00:00.000Z",
      version: 1,
      value: { readings: { during: 5, after: 3 }, redFlags: [] },
    },
  ]);
const fullStore = (): RecordStore => {
  const fail = () => Promise.reject(new RecordStoreError("quota", "storage is full"));
  return { load: fail, save: fail, list: fail, clear: fail };
};

/** Answers kept on this device are picked up again; the verdict is worked out afresh from them. */
export const SavedOnThisDevice: Story = {
  args: { rule: threeBandRule, recordKey: "check-in-monday" },
  render: function Saved(args) {
    const [store] = useState(savedCheckIn);
    return <PainCheck {...args} store={store} />;
  },
  play: async ({ canvasElement }) => {
    const slider = within(canvasElement).getByRole("slider", { name: "Pain during exercise" });
    await waitFor(() => expect(slider).toHaveAttribute("aria-valuetext", "5 out of 10, moderate pain"));
    await expect(canvasElement.querySelector("[data-slot='pain-check']")).toHaveAttribute("data-action", "modify");
  },
};

/** The device cannot save: a polite notice, and the check-in still works. */
export const StoreUnavailable: Story = {
  args: { rule: threeBandRule },
  render: function Full(args) {
    const [store] = useState(fullStore);
    return <PainCheck {...args} store={store} />;
  },
  play: async ({ canvasElement }) => {
    const notice = "Your answers can't be saved on this device; you can carry on with the check-in.";
    const shown = await within(canvasElement).findByText(notice, { selector: "[data-slot='pain-check-store-notice']" });
    await expect(shown).toBeVisible();
  },
};
