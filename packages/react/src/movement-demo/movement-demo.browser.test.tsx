import { clamshellDemo, eccentricLegLoweringDemo } from "@movekit/content";
import { es } from "@movekit/core/locales/es";
import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { axeViolations, deviceReducesMotion } from "../internal/testing/browser";
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
/** Requests this page made for the demo's animation module (the lazily imported animated figure). */
const animationRequests = () =>
  performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/movement-demo/animated-figure"));

beforeAll(() => {
  // Room for every request of the file: a full timing buffer would drop the entries counted here.
  performance.setResourceTimingBufferSize(100_000);
});
afterEach(() => deviceReducesMotion(false));

// First in the file: the module is fetched at most once per page, so the "never requested" check comes first.
describe("MovementDemo's animation code", () => {
  it("is never requested while the device asks for reduced motion, and loads on first use once it allows motion", async () => {
    await deviceReducesMotion(true);
    render(<MovementDemo demo={movingAtOnce} />);
    const figure = screen.getByRole("figure");
    expect(figure).toHaveAttribute("data-state", "still");
    const still = geometry();
    await frames(20);
    expect(geometry()).toBe(still);
    expect(animationRequests()).toHaveLength(0);

    await deviceReducesMotion(false);
    await expect.poll(() => figure.getAttribute("data-state")).toBe("playing");
    await expect.poll(() => animationRequests().length).toBe(1);
    const first = geometry();
    await expect.poll(() => geometry()).not.toBe(first);
  });
});

describe("MovementDemo under reduced motion", () => {
  it("shows still start and end poses side by side, with nothing moving", async () => {
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

  it("follows the provider's reducedMotion=always while the device allows motion", async () => {
    render(
      <MovekitProvider reducedMotion="always">
        <MovementDemo demo={eccentricLegLoweringDemo} />
      </MovekitProvider>,
    );
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "still");
    const before = geometry();
    await frames(20);
    expect(geometry()).toBe(before);
  });

  it("moves under the provider's reducedMotion=never even when the device asks for less", async () => {
    await deviceReducesMotion(true);
    render(
      <MovekitProvider reducedMotion="never">
        <MovementDemo demo={movingAtOnce} />
      </MovekitProvider>,
    );
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "playing");
    await frames(2);
    const first = geometry();
    await expect.poll(() => geometry()).not.toBe(first);
  });

  it("stops moving as soon as the device asks for reduced motion", async () => {
    render(<MovementDemo demo={movingAtOnce} />);
    await frames(2);
    const first = geometry();
    await expect.poll(() => geometry()).not.toBe(first);
    await deviceReducesMotion(true);
    await expect.poll(() => screen.getByRole("figure").getAttribute("data-state")).toBe("still");
    const still = geometry();
    await frames(20);
    expect(geometry()).toBe(still);
  });
});

describe("MovementDemo with motion allowed", () => {
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
    // A speed change while paused does not move the figure either.
    await frames(5);
    expect(geometry()).toBe(paused);
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "playing");
    await expect.poll(() => geometry()).not.toBe(paused);
  });

  it("has no axe violations and a visible pause control", async () => {
    const { container } = render(<MovementDemo demo={clamshellDemo} reducedMotion={false} locale="es" messages={es} />);
    expect(screen.getByRole("button", { name: "Pausa" })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });
});
