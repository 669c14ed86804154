import { DosageSummary } from "@movekit/react/dosage-summary";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

const meta = {
  title: "Exercise/DosageSummary",
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

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
};

export const Imperial: Story = {
  args: { locale: "en-US", dosage: { sets: 3, reps: 10, load: { kind: "kg", value: 5 } } },
};

const walkRun = {
  intervals: {
    work: { activity: "run", seconds: 60 },
    recovery: { activity: "walk", seconds: 60 },
    rounds: 10,
  },
  intensity: { painCeiling: 2, rpeCeiling: 4 },
  frequency: { daysPerWeek: 3 },
} as const;

/** Walk/run intervals: each part says what to do and for how long, then how many times. */
export const Intervals: Story = {
  args: { dosage: walkRun },
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole("group", { name: "Dosage" });
    await expect(group).toHaveTextContent("1 minute running, then 1 minute walking, 10 times");
    await expect(group).toHaveTextContent("10 × 1 min run / 1 min walk");
    await expect(group).toHaveTextContent("About 20 minutes");
    await expect(group).toHaveAttribute("data-amount", "intervals");
  },
};

export const IntervalsSpanish: Story = {
  globals: { locale: "es" },
  args: { dosage: walkRun, locale: "es" },
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole("group", { name: "Dosis" });
    await expect(group).toHaveTextContent("1 minuto corriendo y luego 1 minuto caminando, 10 veces");
  },
};
