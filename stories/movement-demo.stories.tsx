import {
  clamshellDemo,
  downwardDogDemo,
  eccentricLegLoweringDemo,
  frontPlankDemo,
  gluteBridgeDemo,
  kneePlankDemo,
  singleLegGluteBridgeDemo,
} from "@movekit/content";
import { MovementDemo } from "@movekit/react/movement-demo";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

const meta = {
  title: "Video/MovementDemo",
  component: MovementDemo,
  args: { demo: clamshellDemo },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 480 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof MovementDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The figure moves through the clamshell's keyframes; pause and speed controls are always visible. */
export const Clamshell: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Pause" })).toBeVisible();
    await expect(canvas.getByRole("figure")).toHaveAccessibleName(/lifts the top knee/);
  },
};
export const GluteBridge: Story = { args: { demo: gluteBridgeDemo } };
export const FrontPlank: Story = { args: { demo: frontPlankDemo } };
export const EccentricLegLowering: Story = { args: { demo: eccentricLegLoweringDemo } };
/** Exercises without a clip still get a demonstration. */
export const DownwardDog: Story = { args: { demo: downwardDogDemo } };
export const KneePlank: Story = { args: { demo: kneePlankDemo } };
export const SingleLegGluteBridge: Story = { args: { demo: singleLegGluteBridgeDemo } };

/** Half speed, to follow the movement. */
export const Slow: Story = { args: { defaultSpeed: "slow" } };

/** Starts still until the viewer presses Play (motion allowed whatever the device asks, so the controls show). */
export const Paused: Story = { args: { autoPlay: false, reducedMotion: false } };

/** Under reduced motion: start and end poses side by side, no animation. */
export const ReducedMotion: Story = {
  args: { reducedMotion: true, demo: gluteBridgeDemo },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("img", { name: "Start position" })).toBeVisible();
    await expect(canvas.getByRole("img", { name: "End position" })).toBeVisible();
    await expect(document.getAnimations()).toHaveLength(0);
  },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es", demo: eccentricLegLoweringDemo },
};
