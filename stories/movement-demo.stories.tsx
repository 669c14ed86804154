import { movementDemos } from "@movekit/content";
import type { MovementDemoSpec } from "@movekit/core";
import { MovementDemo } from "@movekit/react/movement-demo";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

/** The library's demo for an exercise id (the map content keeps), so this file lists no demo by name. */
const demo = (id: string) => movementDemos[id] as MovementDemoSpec;

const meta = {
  title: "Video/MovementDemo",
  component: MovementDemo,
  args: { demo: demo("clamshell") },
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
export const GluteBridge: Story = { args: { demo: demo("glute-bridge") } };
export const FrontPlank: Story = { args: { demo: demo("front-plank") } };
export const EccentricLegLowering: Story = { args: { demo: demo("eccentric-leg-lowering") } };
/** Exercises without a clip still get a demonstration. */
export const DownwardDog: Story = { args: { demo: demo("downward-dog") } };
export const KneePlank: Story = { args: { demo: demo("knee-plank") } };
export const SingleLegGluteBridge: Story = { args: { demo: demo("single-leg-glute-bridge") } };

/** Half speed, to follow the movement. */
export const Slow: Story = { args: { defaultSpeed: "slow" } };

/** Starts still until the viewer presses Play (motion allowed whatever the device asks, so the controls show). */
export const Paused: Story = { args: { autoPlay: false, reducedMotion: false } };

/** Under reduced motion: start and end poses side by side, no animation. */
export const ReducedMotion: Story = {
  args: { reducedMotion: true, demo: demo("glute-bridge") },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("img", { name: "Start position" })).toBeVisible();
    await expect(canvas.getByRole("img", { name: "End position" })).toBeVisible();
    await expect(document.getAnimations()).toHaveLength(0);
  },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es", demo: demo("eccentric-leg-lowering") },
};
