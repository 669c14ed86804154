import { ExerciseDetail } from "@movekit/react/exercise-detail";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect, within } from "storybook/test";
import {
  englishOnly,
  gluteBridge,
  ladderExercises,
  library,
  libraryExercise,
  longText,
  manyCues,
  rtl,
  withAbsoluteContraindication,
  withoutMedia,
  withoutProgressions,
} from "./support/exercise-fixtures";

const meta = {
  title: "Components/ExerciseDetail",
  component: ExerciseDetail,
  args: {
    exercise: libraryExercise("clamshell"),
    exercises: library,
    getHref: (exercise) => `#${exercise.id}`,
  },
  decorators: [(Story) => <div style={{ maxWidth: "44rem" }}>{Story()}</div>],
} satisfies Meta<typeof ExerciseDetail>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The clamshell from @movekit/content. Safety comes straight after the picture, before the steps, never collapsed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const sections = canvasElement.querySelectorAll("[data-slot='exercise-detail-section']");
    await expect(sections[0]).toHaveAttribute("data-section", "safety");
    await expect(canvas.getByRole("region", { name: /^Urgent: / })).toBeVisible();
    await expect(canvas.getByRole("region", { name: /^Ask your clinician first/ })).toBeVisible();
  },
};

/** A fixture with an emergency red flag, so all care-card tiers but urgent show. */
export const EmergencyRedFlag: Story = {
  args: { exercise: gluteBridge, exercises: ladderExercises },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("region", { name: /^Emergency: Call 999/ })).toBeVisible();
  },
};

export const AbsoluteContraindication: Story = { args: { exercise: withAbsoluteContraindication } };

export const NoMedia: Story = { args: { exercise: withoutMedia } };

/** The video component goes in the media slot; here a stand-in. */
export const MediaSlot: Story = {
  args: {
    media: (exercise) => (
      <p style={{ margin: 0, padding: "2rem", textAlign: "center" }}>Video player for {exercise.id} goes here</p>
    ),
  },
};

function BrokenPlayer(): ReactNode {
  throw new Error("The video player plug-in failed.");
}

/**
 * The media slot throws: it shows a short fallback in place and everything else stays, safety first. React logs
 * the caught error to the console; that is expected.
 */
export const BrokenMediaSlot: Story = {
  args: { media: () => <BrokenPlayer /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const media = canvasElement.querySelector("[data-slot='exercise-detail-media']") as HTMLElement;
    await expect(within(media).getByText(/could not be shown|No se ha podido mostrar/)).toBeVisible();
    await expect(canvas.getByRole("region", { name: /^Ask your clinician first|^Consulta antes/ })).toBeVisible();
    await expect(canvasElement.querySelectorAll("[data-slot='exercise-detail-section']")).toHaveLength(9);
  },
};

export const NoProgressions: Story = { args: { exercise: withoutProgressions } };

/** A library exercise without a demo clip. */
export const LibraryWithoutMedia: Story = { args: { exercise: libraryExercise("side-plank") } };

export const ManyCues: Story = { args: { exercise: manyCues } };

export const Spanish: Story = { args: { locale: "es" } };

export const SpanishFallback: Story = { args: { exercise: englishOnly, locale: "es" } };

export const LongText: Story = { args: { exercise: longText } };

export const RightToLeft: Story = { ...rtl };
