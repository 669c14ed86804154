import { DosageSummary } from "@movekit/react/dosage-summary";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

const meta = {
  title: "Components/DosageSummary",
  component: DosageSummary,
  args: { dosage: { sets: 3, reps: 10, perSide: true, holdSeconds: 5 } },
} satisfies Meta<typeof DosageSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RepsPerSide: Story = {
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole("group", { name: "Dosage" });
    await expect(group).toHaveTextContent("3 sets of 10 repetitions on each side, hold each for 5 seconds");
  },
};

export const TimedHold: Story = { args: { dosage: { sets: 3, holdSeconds: 30, restBetweenSetsSeconds: 60 } } };

export const Eccentric: Story = {
  args: { dosage: { sets: 3, reps: 8, tempo: { lower: 4, lift: 1 }, intensity: { painCeiling: 3 }, weeks: 6 } },
};

export const BandAndFrequency: Story = {
  args: {
    dosage: {
      sets: 2,
      reps: 15,
      perSide: true,
      load: { kind: "band", resistance: "light" },
      frequency: { timesPerDay: 1, days: ["mon", "wed", "fri"] },
    },
  },
};

export const Compact: Story = { args: { variant: "compact" } };

export const Spanish: Story = { args: { locale: "es" } };

export const Imperial: Story = {
  args: { locale: "en-US", dosage: { sets: 3, reps: 10, load: { kind: "kg", value: 5 } } },
};
