import { gluteBridge, ladderExercises } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { atViewportWidth, axeViolations, horizontalOverflow, isVisibleWithinWidth } from "../internal/testing/browser";
import { ExerciseDetail } from "./exercise-detail";

const FALLBACK = "This part could not be shown. Reload the page to try again.";

function BrokenPlayer(): ReactNode {
  throw new Error("video player broke");
}

describe("ExerciseDetail error isolation in Chromium", () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  // React logs each error a boundary catches: expected here, so kept out of the output.
  beforeEach(() => {
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await atViewportWidth(1024, 768);
  });

  it.each([
    ["a media function", { media: () => <BrokenPlayer /> }],
    ["a media element", { media: <BrokenPlayer /> }],
  ])("shows the fallback when %s throws, with safety and the page still on screen at 320 px", async (_, props) => {
    await atViewportWidth(320);
    const { container } = render(
      <main>
        <ExerciseDetail exercise={gluteBridge} exercises={ladderExercises} {...props} />
      </main>,
    );
    expect(consoleError).toHaveBeenCalled();

    // Not blank: the article has its height, and the fallback sits in the media slot.
    const article = container.querySelector("[data-slot='exercise-detail']") as HTMLElement;
    expect(article.getBoundingClientRect().height).toBeGreaterThan(1000);
    const fallback = container.querySelector("[data-slot='exercise-detail-media'] [data-slot='error-boundary']");
    expect(fallback).toHaveTextContent(FALLBACK);
    expect(isVisibleWithinWidth(fallback as Element)).toBe(true);

    const safety = container.querySelector("[data-section='safety']") as HTMLElement;
    const notices = safety.querySelectorAll("[data-slot='safety-notice']");
    expect(notices.length).toBeGreaterThanOrEqual(3);
    for (const notice of notices) expect(isVisibleWithinWidth(notice)).toBe(true);
    const steps = container.querySelector("[data-section='steps']") as HTMLElement;
    expect(isVisibleWithinWidth(steps)).toBe(true);
    expect(safety.getBoundingClientRect().bottom).toBeLessThanOrEqual(steps.getBoundingClientRect().top);
    expect(container.querySelectorAll("[data-slot='exercise-detail-section']")).toHaveLength(9);
    expect(horizontalOverflow(container)).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("hides an empty media slot when the media function returns nothing", async () => {
    const { container } = render(<ExerciseDetail exercise={gluteBridge} media={() => null} />);
    const slot = container.querySelector("[data-slot='exercise-detail-media']") as HTMLElement;
    expect(getComputedStyle(slot).display).toBe("none");
  });
});
