import { gluteBridge, ladderExercises, longText, manyCues } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { atViewportWidth, axeViolations, horizontalOverflow, isVisibleWithinWidth } from "../internal/testing/browser";
import { ExerciseDetail } from "./exercise-detail";

afterEach(() => atViewportWidth(1024, 768));

describe("ExerciseDetail in Chromium", () => {
  it("shows all safety content at 320 px, above the steps, with no sideways scrolling", async () => {
    await atViewportWidth(320);
    const { container } = render(<ExerciseDetail exercise={longText} />);
    const safety = container.querySelector("[data-section='safety']") as HTMLElement;
    const safetyBlocks = safety.querySelectorAll("[data-safety] li, [data-slot='safety-notice'] h4, section h4");
    expect(safetyBlocks.length).toBeGreaterThan(5);
    for (const block of safetyBlocks) expect(isVisibleWithinWidth(block)).toBe(true);
    const steps = container.querySelector("[data-section='steps']") as HTMLElement;
    expect(safety.getBoundingClientRect().bottom).toBeLessThanOrEqual(steps.getBoundingClientRect().top);
    expect(horizontalOverflow(container)).toEqual([]);
  });

  it("names every safety block with its tier in words", async () => {
    render(<ExerciseDetail exercise={gluteBridge} />);
    for (const name of [/^Emergency: /, /^Stop exercising: /, /^Non-urgent: /, /^Ask your clinician first/]) {
      await expect.element(page.getByRole("region", { name })).toBeVisible();
    }
  });

  it("reaches the ladder, reference and licence links by keyboard in reading order", async () => {
    const { container } = render(
      <ExerciseDetail exercise={gluteBridge} exercises={ladderExercises} getHref={(e) => `#${e.id}`} />,
    );
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await userEvent.tab();
      if (!container.contains(document.activeElement)) break;
      names.push(document.activeElement?.textContent ?? "");
    }
    expect(names).toEqual([
      "Call 999",
      "Bridge hold",
      "Single-leg glute bridge",
      "Example A, Example B. A study of hip extension exercises. J Example. 2020;1(1):1-10.",
      "DOI 10.1000/example.2020.001",
      "Licence: CC-BY-4.0.",
    ]);
  });

  it("passes axe with many cues", async () => {
    const { container } = render(
      <main>
        <ExerciseDetail exercise={manyCues} exercises={ladderExercises} getHref={(e) => `#${e.id}`} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
