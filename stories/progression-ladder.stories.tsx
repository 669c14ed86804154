import { MovekitProvider } from "@movekit/react/movekit-provider";
import { ProgressionLadder } from "@movekit/react/progression-ladder";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { AnchorHTMLAttributes } from "react";
import { expect, userEvent, within } from "storybook/test";
import {
  gluteBridge,
  ladderExercises,
  library,
  libraryExercise,
  longText,
  withoutProgressions,
} from "./support/exercise-fixtures";
import { arabicExercise, arabicExerciseMessages, arabicLadder, expectArabicRtl } from "./support/rtl-exercise";

const meta = {
  title: "Exercise/ProgressionLadder",
  component: ProgressionLadder,
  args: { exercise: gluteBridge, exercises: ladderExercises, getHref: (exercise) => `#${exercise.id}` },
} satisfies Meta<typeof ProgressionLadder>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Easiest at the top; the current exercise is marked with aria-current. Keyboard: Tab moves between links. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector("[aria-current='step']")).toHaveTextContent("Glute bridge");
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "Bridge hold" })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole("link", { name: "Single-leg glute bridge" })).toHaveFocus();
  },
};

/** The single-leg glute bridge from @movekit/content, with the library for names. */
export const Library: Story = { args: { exercise: libraryExercise("single-leg-glute-bridge"), exercises: library } };

export const NoProgressions: Story = { args: { exercise: withoutProgressions } };

/** Without `getHref` the steps are plain text. */
export const WithoutLinks: Story = { args: { getHref: undefined } };

function RouterLink(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...props} data-router-link="" />;
}

/** Links go through the provider's link component, so host routers (Next.js, React Router) work. */
export const ProviderLinkComponent: Story = {
  render: (args) => (
    <MovekitProvider linkComponent={RouterLink} locale={args.locale}>
      <ProgressionLadder {...args} />
    </MovekitProvider>
  ),
  play: async ({ canvasElement }) => {
    for (const link of within(canvasElement).getAllByRole("link")) {
      await expect(link).toHaveAttribute("data-router-link");
    }
  },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
};

export const LongText: Story = {
  args: {
    exercise: {
      ...gluteBridge,
      progressions: gluteBridge.progressions.map((link) => ({
        ...link,
        criteria: { "en-GB": `${link.criteria["en-GB"]} ${longText.summary["en-GB"]}` },
      })),
    },
  },
};

/** Right to left with Arabic sample text (sample only, not clinical content): lang="ar", dir="rtl". */
export const RightToLeft: Story = {
  globals: { locale: "ar", dir: "rtl" },
  parameters: { movekitMessages: arabicExerciseMessages },
  args: { exercise: arabicExercise, exercises: arabicLadder, messages: arabicExerciseMessages },
  play: ({ canvasElement }) => expectArabicRtl(canvasElement),
};
