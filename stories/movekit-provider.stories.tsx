import { clamshellDemo } from "@movekit/content";
import { createTranslator, progressionMessages } from "@movekit/core";
import { MovekitProvider, useMovekit } from "@movekit/react/movekit-provider";
import { MovementDemo } from "@movekit/react/movement-demo";
import { ProgressionLadder } from "@movekit/react/progression-ladder";
import { SafetyNotice } from "@movekit/react/safety-notice";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { gluteBridge, ladderExercises } from "./support/exercise-fixtures";

/** Shows what client components read from the provider, and passes it on to a static component as props. */
function ProviderReadout() {
  const { locale, emergencyNumber, dir, reducedMotion, messages } = useMovekit();
  const t = createTranslator(locale, messages, [progressionMessages]);
  return (
    <>
      <dl style={{ display: "grid", gridTemplateColumns: "auto 1fr", gap: "0.25rem 1rem", margin: "0 0 1rem" }}>
        <dt>Locale</dt>
        <dd style={{ margin: 0 }}>{locale}</dd>
        <dt>Direction</dt>
        <dd style={{ margin: 0 }}>{dir}</dd>
        <dt>Emergency number</dt>
        <dd style={{ margin: 0 }}>{emergencyNumber}</dd>
        <dt>Reduced motion</dt>
        <dd style={{ margin: 0 }}>{reducedMotion}</dd>
      </dl>
      <p style={{ margin: "0 0 1rem" }}>{t("progression.label")}</p>
      {/* Moves only when the provider's setting and the device allow it; still poses otherwise. */}
      <MovementDemo demo={clamshellDemo} style={{ maxWidth: 320, marginBottom: "1rem" }} />
      <ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={(e) => `#${e.id}`} />
      <SafetyNotice severity="emergency" locale={locale} emergencyNumber={emergencyNumber} messages={messages} />
    </>
  );
}

const meta = {
  title: "Foundations/MovekitProvider",
  component: MovekitProvider,
  args: { children: <ProviderReadout /> },
  parameters: { controls: { exclude: ["children"] } },
} satisfies Meta<typeof MovekitProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    // The innermost scope is the story's own provider (Storybook's toolbar wraps every story in one too).
    const scope = Array.from(canvasElement.querySelectorAll("[data-slot='movekit-provider']")).at(-1);
    // No theme prop: the scope inherits the page's theme rather than resetting it.
    await expect(scope).not.toHaveAttribute("data-mk-theme");
    await expect(scope).toHaveAttribute("lang", "en-GB");
    await expect(within(canvasElement).getByRole("region", { name: /Call 999/ })).toBeVisible();
  },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole("region", { name: /^Emergencia: Llama al 112/ })).toBeVisible();
  },
};

export const UsEnglish: Story = { args: { locale: "en-US" } };

/** A clinic's own emergency number for its locale. */
export const ClinicEmergencyNumber: Story = { args: { emergencyNumbers: { "en-GB": "01632 960000" } } };

export const RightToLeft: Story = { args: { dir: "rtl" } };

/** Animation off whatever the device setting, for an in-app preference: the demo shows still poses. */
export const ReducedMotionForced: Story = {
  args: { reducedMotion: "always" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("img", { name: "Start position" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Pause" })).toBeNull();
  },
};

/**
 * The toolbar's "Motion: reduced" reaches components through the provider Storybook wraps every story in: this
 * story has no provider of its own, and `useMovekit().reducedMotion` reads "always".
 */
export const ReducedMotionFromToolbar: Story = {
  globals: { motion: "reduce" },
  render: () => <ProviderReadout />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("always", { selector: "dd" })).toBeVisible();
    await expect(canvas.getByRole("img", { name: "Start position" })).toBeVisible();
  },
};

/** Animation on whatever the device setting, because the reader chose it in the app. */
export const MotionAllowed: Story = {
  args: { reducedMotion: "never" },
  parameters: {
    visual: {
      skip: "its demo moves whatever the device asks, so no two pictures match; movement-demo/Paused compares the moving demo's layout",
    },
  },
};

/** A clinic theme scope (see Theming/Theme builder). */
export const DarkTheme: Story = { args: { theme: "dark" } };
