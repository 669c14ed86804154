import { ExerciseDetail } from "@movekit/react/exercise-detail";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect, within } from "storybook/test";
import {
  brokenContraindicationItem,
  brokenCues,
  brokenDosage,
  INCOMPLETE,
  MISSING,
  missingCommonMistakes,
  missingSafety,
  unknownTiers,
} from "./support/broken-exercises";
import {
  englishOnly,
  gluteBridge,
  ladderExercises,
  library,
  libraryExercise,
  longText,
  manyCues,
  withAbsoluteContraindication,
  withoutMedia,
  withoutProgressions,
} from "./support/exercise-fixtures";
import { arabicExercise, arabicExerciseMessages, arabicLadder, expectArabicRtl } from "./support/rtl-exercise";

const meta = {
  title: "Exercise/ExerciseDetail",
  component: ExerciseDetail,
  args: {
    exercise: libraryExercise("clamshell"),
    exercises: library,
    getHref: (exercise) => `#${exercise.id}`,
  },
  // A laptop-wide page: the compact safety columns and the first step within 1.5 screens show here.
  decorators: [(Story) => <div style={{ maxWidth: "80rem" }}>{Story()}</div>],
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

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
};

export const SpanishFallback: Story = {
  globals: { locale: "es" },
  args: { exercise: englishOnly, locale: "es" },
};

export const LongText: Story = { args: { exercise: longText } };

/** Right to left with Arabic sample text (sample only, not clinical content): lang="ar", dir="rtl". */
export const RightToLeft: Story = {
  globals: { locale: "ar", dir: "rtl" },
  parameters: { movekitMessages: arabicExerciseMessages },
  args: { exercise: arabicExercise, exercises: arabicLadder, messages: arabicExerciseMessages },
  play: ({ canvasElement }) => expectArabicRtl(canvasElement),
};

/* Broken content: each story shows what a reader sees when one part of the exercise is malformed. The safety
 * section renders from its own fields either way; development builds log one console.error naming the field. */

async function expectIntactSafety(canvasElement: HTMLElement, texts: readonly string[]) {
  const canvas = within(canvasElement);
  await expect(canvas.getByText(INCOMPLETE)).toBeVisible();
  const safety = canvas.getByRole("region", { name: "Safety: read before you start" });
  for (const text of texts) await expect(within(safety).getByText(text)).toBeVisible();
}

const intact = (withAbsoluteContraindication.contraindications ?? []).map((item) => item.text["en-GB"]);

/** `cues: null`: the cues section is left out, the notice says the information is incomplete. */
export const BrokenCues: Story = {
  args: { exercise: brokenCues },
  play: async ({ canvasElement }) => {
    await expectIntactSafety(canvasElement, intact);
    await expect(within(canvasElement).queryByRole("region", { name: "Coaching cues" })).toBeNull();
  },
};

/** A `null` contraindication: said in words; the intact ones stay. */
export const BrokenContraindicationItem: Story = {
  args: { exercise: brokenContraindicationItem },
  play: async ({ canvasElement }) => {
    await expectIntactSafety(canvasElement, intact);
    await expect(
      within(canvasElement).getByText(
        "1 safety item could not be shown: ask your clinician about it before doing this exercise.",
      ),
    ).toBeVisible();
  },
};

/** `defaultDosage: null`: no dosage section. */
export const BrokenDosage: Story = {
  args: { exercise: brokenDosage },
  play: async ({ canvasElement }) => {
    await expectIntactSafety(canvasElement, intact);
    await expect(within(canvasElement).queryByRole("region", { name: "How much to do" })).toBeNull();
  },
};

/** `commonMistakes` left out. */
export const MissingCommonMistakes: Story = {
  args: { exercise: missingCommonMistakes },
  play: async ({ canvasElement }) => expectIntactSafety(canvasElement, intact),
};

/** An unknown severity shows under "Do not do this exercise if:", an unknown urgency as an emergency. */
export const UnknownSeverityAndUrgency: Story = {
  args: { exercise: unknownTiers },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      within(canvas.getByRole("region", { name: "Do not do this exercise if:" })).getByText(
        "You have had hip surgery in the last six weeks.",
      ),
    ).toBeVisible();
    await expect(
      within(canvas.getByRole("region", { name: /^Emergency: / })).getByText("Your leg suddenly feels weak or numb."),
    ).toBeVisible();
  },
};

/** Neither contraindications nor a reviewed "none": the safety section says the information is missing. */
export const MissingSafetyInformation: Story = {
  args: { exercise: missingSafety },
  play: async ({ canvasElement }) => {
    const safety = within(canvasElement).getByRole("region", { name: "Safety: read before you start" });
    await expect(within(safety).getByText(MISSING)).toBeVisible();
  },
};

/** The same, in Spanish. */
export const BrokenCuesSpanish: Story = {
  globals: { locale: "es" },
  args: { exercise: brokenCues, locale: "es" },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(
        "La información de este ejercicio está incompleta: consulta con tu profesional sanitario antes de hacerlo.",
      ),
    ).toBeVisible();
  },
};
