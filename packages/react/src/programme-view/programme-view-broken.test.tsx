import { hipFlexorReturnToRun, exercises as shippedExercises } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BROKEN_CASES, contraindicationTexts, INCOMPLETE } from "../internal/testing/broken-exercises";
import { ProgrammeView } from "./programme-view";

const usedIds = new Set(hipFlexorReturnToRun.phases.flatMap((phase) => phase.contents.map((item) => item.exerciseId)));
const used = shippedExercises.filter((exercise) => usedIds.has(exercise.id));
const BROKEN_ID = "glute-bridge";

/** The shipped programme with one exercise broken, rendered to server HTML and parsed. */
function serverHtml(exercises: ReadonlyArray<Exercise>): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = renderToString(
    <ProgrammeView programme={hipFlexorReturnToRun} exercises={exercises} today="2025-02-05" />,
  );
  return container;
}

// A whole programme renders slowly under jsdom on a busy machine: a generous ceiling, no waiting in the tests.
describe("ProgrammeView with one broken exercise, server-rendered", { timeout: 30_000 }, () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it("uses a programme with many exercises and contraindications (the issue's case)", () => {
    expect(used.length).toBeGreaterThan(10);
    expect(contraindicationTexts(used).length).toBeGreaterThan(20);
  });

  describe.each(BROKEN_CASES)("$name", ({ field, break: breakIt }) => {
    const exercises = used.map((exercise) => (exercise.id === BROKEN_ID ? breakIt(exercise) : exercise));

    // One server render per case (a whole programme is slow to render under jsdom), checked for both promises.
    it("keeps every intact contraindication of every exercise in the HTML, and logs one dev error naming the field", () => {
      const html = serverHtml(exercises);
      const handout = html.querySelector("[data-slot='handout']") as HTMLElement;
      for (const exercise of used) {
        const article = handout.querySelector(`[data-exercise='${exercise.id}']`) as HTMLElement;
        expect(article, exercise.id).not.toBeNull();
        for (const text of contraindicationTexts([exercise])) expect(article).toHaveTextContent(text);
        for (const flag of exercise.redFlags) expect(article).toHaveTextContent(flag.text["en-GB"]);
      }
      const broken = handout.querySelector(`[data-exercise='${BROKEN_ID}']`) as HTMLElement;
      expect(broken).toHaveTextContent(INCOMPLETE);
      expect(handout.querySelectorAll("[data-slot='exercise-incomplete']")).toHaveLength(1);
      // The programme's own stop rules stay too.
      expect(html.querySelector("[data-slot='programme-safety']")).not.toBeNull();
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(String(consoleError.mock.calls[0]?.[0])).toContain(field);
    });
  });

  it("leaves out a value that is not an exercise at all, and keeps every other exercise's safety", () => {
    const html = serverHtml([...used, null as unknown as Exercise]);
    const handout = html.querySelector("[data-slot='handout']") as HTMLElement;
    for (const text of contraindicationTexts(used)) expect(handout).toHaveTextContent(text);
  });
});
