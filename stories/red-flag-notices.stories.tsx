import { RedFlagNotices } from "@movekit/react/red-flag-notices";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { gluteBridge } from "./support/exercise-fixtures";

const meta = {
  title: "Exercise/RedFlagNotices",
  component: RedFlagNotices,
  args: { redFlags: gluteBridge.redFlags },
} satisfies Meta<typeof RedFlagNotices>;
export default meta;
type Story = StoryObj<typeof meta>;

// Its pictures are the SafetyNotice stories that render red flags (AllTiers, RedFlagsRightToLeft, SpanishFallback).
const samePictures = { visual: { skip: "the same notices as safety-notice's red-flag stories, compared there" } };

/** An exercise's warning signs, one notice per urgency, the most urgent first, each sign with what to do. */
export const Default: Story = {
  parameters: samePictures,
  play: async ({ canvasElement }) => {
    const notices = within(canvasElement).getAllByRole("region");
    await expect(notices.map((notice) => notice.getAttribute("data-severity"))).toEqual([
      "emergency",
      "stop-exercising",
      "non-urgent",
    ]);
  },
};

/** A flag whose text cannot be read is counted in words, never dropped. */
export const UnreadableFlag: Story = {
  args: { redFlags: [...gluteBridge.redFlags, { id: "broken" } as never] },
  parameters: samePictures,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/1 safety item could not be shown/)).toBeVisible();
  },
};
