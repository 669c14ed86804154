// The kit's bundled web font, as in Storybook: line breaks, and so heights, do not depend on the machine's fonts.
import "@movekit/tokens/fonts.css";
import { exercises } from "@movekit/content";
import clamshellPoster from "@movekit/content/media/clamshell.poster.jpg";
import type { Exercise } from "@movekit/core";
import { gluteBridge, longText } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { atViewportWidth, horizontalOverflow } from "../internal/testing/browser";
import { ExerciseDetail } from "./exercise-detail";

afterEach(() => atViewportWidth(1024, 768));

const clamshell = exercises.find((exercise) => exercise.id === "clamshell") as Exercise;
const withPoster = (exercise: Exercise): Exercise =>
  exercise.media ? { ...exercise, media: { ...exercise.media, poster: clamshellPoster } } : exercise;

/** Renders at a 1280 × 800 laptop window and waits for the font and the poster, so their sizes count. */
async function renderOnLaptop(exercise: Exercise) {
  await atViewportWidth(1280, 800);
  await Promise.all(["400", "700"].map((weight) => document.fonts.load(`${weight} 1em "Atkinson Hyperlegible Next"`)));
  const { container, unmount } = render(<ExerciseDetail exercise={exercise} />);
  const img = container.querySelector("img");
  if (img) await expect.poll(() => img.complete && img.naturalWidth > 0).toBe(true);
  const box = (selector: string) => (container.querySelector(selector) as HTMLElement).getBoundingClientRect();
  return { container, box, unmount };
}

describe("ExerciseDetail leads with the patient's next action at 1280 × 800", () => {
  for (const [name, exercise] of [
    ["the fixture with every tier", withPoster(gluteBridge)],
    ["long text", withPoster(longText)],
  ] as const) {
    it(`${name}: the urgent line is on the first screen and the first step within 1.5 screens`, async () => {
      const { box } = await renderOnLaptop(exercise);
      expect(box("[data-slot='exercise-detail-urgent']").top).toBeLessThanOrEqual(800);
      expect(box("[data-section='dosage']").top).toBeLessThanOrEqual(1200);
      // The full cards stay before the first step.
      expect(box("[data-section='safety']").bottom).toBeLessThanOrEqual(box("[data-section='dosage']").top);
    });
  }

  it("every exercise in the library, the longest included: urgent line on screen one, first step within 1.5 screens", async () => {
    const firstSteps: Array<[string, number]> = [];
    for (const exercise of exercises) {
      const { box, unmount } = await renderOnLaptop(withPoster(exercise));
      expect(box("[data-slot='exercise-detail-urgent']").top, exercise.id).toBeLessThanOrEqual(800);
      // The full cards, never collapsed, stay before the first step.
      expect(box("[data-section='safety']").bottom, exercise.id).toBeLessThanOrEqual(
        box("[data-section='dosage']").top,
      );
      firstSteps.push([exercise.id, box("[data-section='dosage']").top]);
      unmount();
    }
    const [longest, top] = firstSteps.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(top, `first step of ${longest}, the lowest in the library`).toBeLessThanOrEqual(1.5 * 800);
  });

  it("shows the poster at its natural size at most, never blown up", async () => {
    const { container } = await renderOnLaptop(withPoster(gluteBridge));
    const img = container.querySelector("img") as HTMLImageElement;
    expect(img.getBoundingClientRect().width).toBeLessThanOrEqual(img.naturalWidth);
    expect(img.getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it("reflows at 320 px with the urgent line first and nothing sideways", async () => {
    await atViewportWidth(320);
    const { container } = render(<ExerciseDetail exercise={withPoster(clamshell)} />);
    const urgent = container.querySelector("[data-slot='exercise-detail-urgent']") as HTMLElement;
    expect(urgent.getBoundingClientRect().top).toBeLessThan(640);
    expect(horizontalOverflow(container)).toEqual([]);
  });
});
