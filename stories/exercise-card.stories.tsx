import { ExerciseCard } from "@movekit/react/exercise-card";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { AnchorHTMLAttributes } from "react";
import { expect, userEvent, within } from "storybook/test";
import { brokenCues, brokenDosage, INCOMPLETE, missingSafety, unknownTiers } from "./support/broken-exercises";
import {
  gluteBridge,
  libraryExercise,
  longText,
  withAbsoluteContraindication,
  withNoContraindications,
  withoutMedia,
} from "./support/exercise-fixtures";
import { arabicExercise, arabicExerciseMessages, expectArabicRtl } from "./support/rtl-exercise";

const meta = {
  title: "Exercise/ExerciseCard",
  component: ExerciseCard,
  args: { exercise: libraryExercise("clamshell") },
  // Cards live in narrow columns; `parameters.maxWidth` widens the frame for the grid story.
  decorators: [(Story, { parameters }) => <div style={{ maxWidth: parameters.maxWidth ?? "22rem" }}>{Story()}</div>],
} satisfies Meta<typeof ExerciseCard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The clamshell from @movekit/content: picture, name, summary, details, dosage and the cautions in words. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Clamshell" })).toBeVisible();
    await expect(canvas.getByText(/^Has \d+ cautions: read before starting$/)).toBeVisible();
  },
};

/** A fixture with a relative contraindication and three red-flag tiers. */
export const Fixture: Story = { args: { exercise: gluteBridge } };

export const Compact: Story = { args: { variant: "compact" } };

/** A library exercise without a demo clip: no picture. */
export const LibraryWithoutMedia: Story = { args: { exercise: libraryExercise("side-plank"), href: "#side-plank" } };

/** The whole card is a link; keyboard: Tab reaches it once, Enter follows it. */
export const Linked: Story = {
  args: { href: "#clamshell" },
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", { name: "Clamshell" });
    // Record the activation instead of navigating: a real navigation would unload the test page.
    let followed: string | null = null;
    canvasElement.addEventListener(
      "click",
      (event) => {
        event.preventDefault();
        followed = (event.target as Element).closest("a")?.getAttribute("href") ?? null;
      },
      { once: true },
    );
    await userEvent.tab();
    await expect(link).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(followed).toBe("#clamshell");
  },
};

function RouterLink(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a {...props} data-router-link="" />;
}

/** Composed from parts, with the host router's link through `asChild`. */
export const ComposedWithRouterLink: Story = {
  render: (args) => (
    <ExerciseCard.Root variant="compact">
      <ExerciseCard.Body>
        <ExerciseCard.Title asChild>
          <RouterLink href="#single-leg-bridge">Single-leg glute bridge</RouterLink>
        </ExerciseCard.Title>
        <ExerciseCard.Meta exercise={args.exercise} locale={args.locale} />
        <ExerciseCard.Dosage dosage={{ sets: 3, reps: 8, perSide: true }} locale={args.locale} />
        <ExerciseCard.Safety exercise={args.exercise} locale={args.locale} />
      </ExerciseCard.Body>
    </ExerciseCard.Root>
  ),
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole("link", { name: "Single-leg glute bridge" });
    await expect(link).toHaveAttribute("data-router-link");
    await userEvent.tab();
    await expect(link).toHaveFocus();
  },
};

export const NoMedia: Story = { args: { exercise: withoutMedia } };

export const AbsoluteContraindication: Story = { args: { exercise: withAbsoluteContraindication } };

/** Only when a clinician has recorded that there are no contraindications. */
export const NoKnownCautions: Story = { args: { exercise: withNoContraindications } };

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
};

export const UsEnglish: Story = { args: { locale: "en-US", exercise: libraryExercise("glute-bridge") } };

export const LongText: Story = { args: { exercise: longText, href: "#long" } };

/** Right to left with Arabic sample text (sample only, not clinical content): lang="ar", dir="rtl". */
export const RightToLeft: Story = {
  globals: { locale: "ar", dir: "rtl" },
  parameters: { movekitMessages: arabicExerciseMessages },
  args: { exercise: arabicExercise, messages: arabicExerciseMessages },
  play: ({ canvasElement }) => expectArabicRtl(canvasElement),
};

/** Cards in a responsive grid, as a library page lists them. */
export const Grid: Story = {
  parameters: { maxWidth: "none" },
  render: (args) => (
    <ul
      style={{
        listStyle: "none",
        margin: 0,
        padding: 0,
        display: "grid",
        gap: "1rem",
        gridTemplateColumns: "repeat(auto-fill, minmax(16rem, 1fr))",
      }}
    >
      {(
        [
          ["clamshell", libraryExercise("clamshell")],
          ["bridge", libraryExercise("glute-bridge")],
          ["absolute", withAbsoluteContraindication],
          ["no-media", withoutMedia],
          ["no-cautions", withNoContraindications],
        ] as const
      ).map(([key, exercise]) => (
        <li key={key}>
          <ExerciseCard exercise={exercise} locale={args.locale} href={`#card-${key}`} />
        </li>
      ))}
    </ul>
  ),
};

/** An absolute contraindication says "Do not do this exercise if…" with a stop icon, apart from the cautions. */
export const DoNotDoIf: Story = {
  args: { exercise: withAbsoluteContraindication },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const absolute = canvas.getByText("Do not do this exercise if… (1 reason): read before starting");
    await expect(absolute).toBeVisible();
    await expect(absolute.querySelector("svg")).toHaveAttribute("data-icon", "stop");
    const cautions = canvas.getByText("Has 4 cautions: read before starting");
    await expect(cautions.querySelector("svg")).toHaveAttribute("data-icon", "warning");
  },
};

/** `cues: null`: the card shows the incomplete notice and its safety summary in full. */
export const BrokenContent: Story = {
  args: { exercise: brokenCues },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(INCOMPLETE)).toBeVisible();
    await expect(canvas.getByText("Do not do this exercise if… (1 reason): read before starting")).toBeVisible();
  },
};

/** `defaultDosage: null`: no dosage, the notice, the safety summary. */
export const BrokenDosage: Story = {
  args: { exercise: brokenDosage },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole("group", { name: "Dosage" })).toBeNull();
    await expect(within(canvasElement).getByText(INCOMPLETE)).toBeVisible();
  },
};

/** An unknown severity counts as "Do not do this exercise if…". */
export const UnknownSeverity: Story = {
  args: { exercise: unknownTiers },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText("Do not do this exercise if… (1 reason): read before starting"),
    ).toBeVisible();
  },
};

/** Neither contraindications nor a reviewed "none": the card says the safety information is missing. */
export const MissingSafety: Story = {
  args: { exercise: missingSafety },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText("Safety information missing: ask your clinician before doing it"),
    ).toBeVisible();
  },
};
