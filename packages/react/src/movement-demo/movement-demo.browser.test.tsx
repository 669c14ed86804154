import { clamshellDemo, eccentricLegLoweringDemo } from "@movekit/content";
import { act, render, screen } from "@testing-library/react";
import axe from "axe-core";
import { MotionGlobalConfig } from "framer-motion";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { MovekitProvider } from "../movekit-provider";
import { MovementDemo } from "./movement-demo";

// The clamshell without its 2.5 s set-up hold, so the figure moves from the first frame.
const movingAtOnce = {
  ...clamshellDemo,
  duration: clamshellDemo.duration - 2.5,
  keyframes: clamshellDemo.keyframes.slice(1).map((frame) => ({ ...frame, at: frame.at - 2.5 })),
};

/** Lets the page paint `count` frames: enough for an animation to move if it runs, with no fixed sleep. */
const frames = (count: number) =>
  act(async () => {
    for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  });
/** The figure's geometry right now, as one string. */
const geometry = (root: ParentNode = document) =>
  Array.from(root.querySelectorAll('[data-slot="figure"] line, [data-slot="figure"] circle'))
    .map((el) => ["x1", "y1", "x2", "y2", "cx", "cy"].map((a) => el.getAttribute(a)).join(","))
    .join(";");

describe("MovementDemo under reduced motion", () => {
  it("shows still start and end poses side by side, with no animation running", async () => {
    render(<MovementDemo demo={clamshellDemo} reducedMotion />);
    const figure = screen.getByRole("figure");
    expect(figure).toHaveAttribute("data-state", "still");
    expect(screen.getByRole("img", { name: "Start position" })).toBeVisible();
    expect(screen.getByRole("img", { name: "End position" })).toBeVisible();
    expect(screen.queryByRole("button", { name: "Pause" })).toBeNull();
    expect(figure).toHaveAccessibleName(/lifts the top knee, keeping the feet touching/);
    const before = geometry();
    await frames(20);
    expect(geometry()).toBe(before);
    expect(document.getAnimations()).toHaveLength(0);
  });

  it("follows the provider's reducedMotion=always", () => {
    render(
      <MovekitProvider reducedMotion="always">
        <MovementDemo demo={eccentricLegLoweringDemo} />
      </MovekitProvider>,
    );
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "still");
    expect(document.getAnimations()).toHaveLength(0);
  });
});

describe("MovementDemo with motion allowed", () => {
  // The browser setup skips animations for axe; these tests need them to run.
  beforeAll(() => {
    MotionGlobalConfig.skipAnimations = false;
  });
  afterAll(() => {
    MotionGlobalConfig.skipAnimations = true;
  });

  it("moves the figure, pauses it where it is, and offers a slow speed", async () => {
    render(<MovementDemo demo={movingAtOnce} reducedMotion={false} />);
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "playing");
    await frames(2);
    const first = geometry();
    await expect.poll(() => geometry()).not.toBe(first);

    await userEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "paused");
    await frames(2);
    const paused = geometry();
    await frames(20);
    expect(geometry()).toBe(paused);

    await userEvent.click(screen.getByRole("button", { name: "Slow" }));
    expect(screen.getByRole("button", { name: "Slow" })).toHaveAttribute("aria-pressed", "true");
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "playing");
  });

  it("has no axe violations and a visible pause control", async () => {
    const { container } = render(<MovementDemo demo={clamshellDemo} reducedMotion={false} locale="es" />);
    expect(screen.getByRole("button", { name: "Pausa" })).toBeVisible();
    const result = await axe.run(container);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
