import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import "./support/foundations.css";
import { ColourSwatches, MotionAndFocus, SpaceAndRadius, TierSwatches, TypeScale } from "./support/token-swatches";

/** Every foundation on one page, in the toolbar's theme: switch the theme to see what a clinic theme changes. */
function Foundations() {
  return (
    <div className="sb-foundations">
      <ColourSwatches />
      <TierSwatches />
      <TypeScale />
      <SpaceAndRadius />
      <MotionAndFocus />
    </div>
  );
}

const meta = {
  title: "Foundations/Design tokens",
  // A page of tokens, not a component: no props table, and no component guidance to look up.
  render: () => <Foundations />,
  parameters: {
    docs: {
      description: {
        component:
          "Colour, severity tiers, type, spacing, radius, motion and focus, drawn from the `--mk-*` tokens. Names " +
          "come from `@movekit/tokens` and every value is read back from the theme scope, so what you see is what " +
          "the chosen theme resolves to.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** All foundations; values follow the toolbar theme. */
export const AllFoundations: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ["Colour", "Severity tiers", "Type", "Spacing and radius", "Motion and focus"]) {
      await expect(canvas.getByRole("region", { name })).toBeVisible();
    }
    // The value shown is the one the theme scope resolves, whichever theme the toolbar picked.
    const scope = canvasElement.querySelector("[data-mk-theme]") as HTMLElement;
    const accent = getComputedStyle(scope).getPropertyValue("--mk-color-accent").trim();
    const swatch = canvas.getByText("--mk-color-accent").closest("figcaption");
    await waitFor(() => expect(swatch).toHaveTextContent(accent));
    await expect(accent).toMatch(/^#[0-9a-f]{6}$/i);
  },
};

export const Colour: Story = {
  render: () => (
    <div className="sb-foundations">
      <ColourSwatches />
    </div>
  ),
};
export const SeverityTiers: Story = {
  render: () => (
    <div className="sb-foundations">
      <TierSwatches />
    </div>
  ),
};
export const Type: Story = {
  render: () => (
    <div className="sb-foundations">
      <TypeScale />
    </div>
  ),
};
export const SpacingAndRadius: Story = {
  render: () => (
    <div className="sb-foundations">
      <SpaceAndRadius />
    </div>
  ),
};
export const MotionAndFocusRing: Story = {
  render: () => (
    <div className="sb-foundations">
      <MotionAndFocus />
    </div>
  ),
};
