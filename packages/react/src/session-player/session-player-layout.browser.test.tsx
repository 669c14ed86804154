import type { SessionItem } from "@movekit/core";
import { fixtureExercises, threeBandRule } from "@movekit/fixtures/programmes";
import { render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { atViewportWidth } from "../internal/testing/browser";
import { preloadSessionPlayer } from "./lazy-parts";
import { SessionPlayer } from "./session-player";
import { fakeClock } from "./testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

const items: SessionItem[] = [{ exerciseId: "clamshell" }, { exerciseId: "glute-bridge" }];

async function emulateMedia(media: "print" | "") {
  await cdp().send("Emulation.setEmulatedMedia", { media });
}

afterEach(async () => {
  await emulateMedia("");
  await atViewportWidth(1024, 768);
});

const visible = (el: Element | null) =>
  Boolean(el && (el as HTMLElement).checkVisibility({ visibilityProperty: true }));

const renderPlayer = () =>
  render(<SessionPlayer items={items} exercises={fixtureExercises} painRule={threeBandRule} clock={fakeClock()} />);

describe("SessionPlayer's first screen", () => {
  it("at 1280 × 800 shows the most urgent warning on the first screen and Start within 1.5 screens", async () => {
    await atViewportWidth(1280, 800);
    const { container } = renderPlayer();
    const notices = container.querySelectorAll("[data-slot='safety-notice']");
    expect(notices.length).toBeGreaterThan(0);
    // The notices come most urgent first, so the first one is the "stop and get help" line.
    expect((notices[0] as HTMLElement).getBoundingClientRect().top).toBeLessThanOrEqual(800);
    const start = screen.getByRole("button", { name: "Start" });
    expect(start.getBoundingClientRect().top).toBeLessThanOrEqual(1200);
    // Every warning comes before Start.
    const last = notices[notices.length - 1] as HTMLElement;
    expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(start.getBoundingClientRect().top);
  });

  it("prints the exercise, its dose and every warning, without buttons or settings", async () => {
    const { container } = renderPlayer();
    await emulateMedia("print");
    expect(window.matchMedia("print").matches).toBe(true);
    for (const button of container.querySelectorAll("button")) expect(visible(button)).toBe(false);
    for (const notice of container.querySelectorAll("[data-slot='safety-notice']")) {
      expect(visible(notice)).toBe(true);
    }
    expect(visible(screen.getByRole("heading", { name: "Clamshell" }))).toBe(true);
    expect(visible(container.querySelector("[data-slot='dosage-summary']"))).toBe(true);
  });
});
