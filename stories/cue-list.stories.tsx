import { type CueItem, CueList } from "@movekit/react/cue-list";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, within } from "storybook/test";
import { englishOnly, gluteBridge, longText, manyCues } from "./support/exercise-fixtures";
import { arabicCues, arabicMessages, arabicRtl } from "./support/rtl-samples";

const meta = {
  title: "Exercise/CueList",
  component: CueList,
  args: { cues: gluteBridge.cues },
} satisfies Meta<typeof CueList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Do / Don't said in words, with icons hidden from screen readers. */
export const Default: Story = {};

export const GroupedByRole: Story = { args: { groupBy: "role" } };

/** The cue the video is showing, as playback will drive it. */
export const ActiveCue: Story = {
  args: { activeCueId: "cue-2" },
  play: async ({ canvasElement }) => {
    const active = canvasElement.querySelector("[data-state='active']");
    await expect(active).toHaveAttribute("aria-current", "step");
    await expect(active).toHaveTextContent("Squeeze your buttocks, then lift.");
  },
};

function SeekableCues(props: { cues: ReadonlyArray<CueItem>; onCueSelect: (cue: CueItem, id: string) => void }) {
  const [active, setActive] = useState<string>();
  return (
    <CueList
      cues={props.cues}
      activeCueId={active}
      onCueSelect={(cue, id) => {
        setActive(id);
        props.onCueSelect(cue, id);
      }}
    />
  );
}

/** Each cue is a button that seeks the video; keyboard: Tab to a cue, Enter or Space to choose it. */
export const Seekable: Story = {
  args: { onCueSelect: fn() },
  render: (args) => <SeekableCues cues={args.cues} onCueSelect={args.onCueSelect ?? (() => {})} />,
  play: async ({ args, canvasElement }) => {
    const buttons = within(canvasElement).getAllByRole("button");
    await userEvent.tab();
    await expect(buttons[0]).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect(args.onCueSelect).toHaveBeenCalledWith(gluteBridge.cues[1], "cue-2");
    await expect(buttons[1]).toHaveAttribute("aria-current", "step");
    await userEvent.tab();
    await userEvent.keyboard(" ");
    await expect(buttons[2]).toHaveAttribute("aria-current", "step");
  },
};

/** "Do:" and "Don't:" kept for screen readers only; the icons carry them visually. */
export const HiddenPrefix: Story = { args: { prefix: "hidden" } };

export const ManyCues: Story = { args: { cues: manyCues.cues, groupBy: "role", activeCueId: "cue-9" } };

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
};

export const SpanishFallback: Story = {
  globals: { locale: "es" },
  args: { locale: "es", cues: englishOnly.cues },
};

export const LongText: Story = { args: { cues: longText.cues, activeCueId: "cue-1" } };

export const Empty: Story = { args: { cues: [] } };

/** Right to left with Arabic sample text (not clinical content): Do / Don't and the icons sit at the start edge. */
export const RightToLeft: Story = {
  ...arabicRtl,
  args: { cues: arabicCues, activeCueId: "cue-4", messages: arabicMessages },
};
