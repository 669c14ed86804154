import { hipFlexorReturnToRun, exercises as shippedExercises } from "@movekit/content";
import { BROKEN_CASES, contraindicationTexts, INCOMPLETE } from "@movekit/fixtures/broken-exercises";
import { render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ProgrammeView } from "./programme-view";

const usedIds = new Set(hipFlexorReturnToRun.phases.flatMap((phase) => phase.contents.map((item) => item.exerciseId)));
const used = shippedExercises.filter((exercise) => usedIds.has(exercise.id));
const BROKEN_ID = "glute-bridge";

const visible = (el: Element) => (el as HTMLElement).checkVisibility({ visibilityProperty: true });

describe("ProgrammeView with one broken exercise, in Chromium", () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(BROKEN_CASES)("$name: every intact contraindication is still on screen", async (c) => {
    const exercises = used.map((exercise) => (exercise.id === BROKEN_ID ? c.break(exercise) : exercise));
    const { container } = render(
      <ProgrammeView programme={hipFlexorReturnToRun} exercises={exercises} today="2025-02-05" />,
    );
    // The guide is the last part to mount on a fresh client render.
    await expect.poll(() => container.querySelector("[data-slot='handout']")).not.toBeNull();
    const handout = container.querySelector("[data-slot='handout']") as HTMLElement;
    for (const exercise of used) {
      const article = handout.querySelector(`[data-exercise='${exercise.id}']`) as HTMLElement;
      expect(article, exercise.id).not.toBeNull();
      const items = [...article.querySelectorAll("[data-slot='contraindication']")];
      expect(items.map((item) => item.textContent)).toEqual(
        expect.arrayContaining(contraindicationTexts([exercise]).map((text) => expect.stringContaining(text))),
      );
      for (const item of items) expect(visible(item)).toBe(true);
    }
    const broken = handout.querySelector(`[data-exercise='${BROKEN_ID}']`) as HTMLElement;
    const notice = [...broken.querySelectorAll("[data-slot='exercise-incomplete']")];
    expect(notice.map((n) => n.textContent)).toEqual([INCOMPLETE]);
    expect(visible(notice[0] as Element)).toBe(true);
    expect(container.querySelectorAll("[data-slot='section-error']")).toHaveLength(0);
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain(c.field);
  });
});
