import { hipFlexorReturnToRun, exercises as shippedExercises } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { BROKEN_CASES, contraindicationTexts, INCOMPLETE } from "@movekit/fixtures/broken-exercises";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ProgrammeView } from "./programme-view";

const usedIds = new Set(hipFlexorReturnToRun.phases.flatMap((phase) => phase.contents.map((item) => item.exerciseId)));
const used = shippedExercises.filter((exercise) => usedIds.has(exercise.id));
const BROKEN_ID = "glute-bridge";

/** Text as React writes it into HTML. */
const escaped = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

/**
 * The shipped programme with one exercise broken, rendered to server HTML, split into the guide's exercises by
 * id. Read as text: the guide of 17 exercises with all their safety is ~300 kB of HTML, and parsing it into
 * jsdom cost seconds per case, more than the render.
 */
function serverHtml(exercises: ReadonlyArray<Exercise>) {
  const html = renderToString(
    <ProgrammeView programme={hipFlexorReturnToRun} exercises={exercises} today="2025-02-05" />,
  );
  const guide = html.slice(html.indexOf('data-slot="handout"'));
  const byExercise = new Map<string, string>();
  for (const part of guide.split('data-slot="handout-exercise"').slice(1)) {
    const id = /^\s*data-exercise="([^"]+)"/.exec(part)?.[1];
    if (id) byExercise.set(id, part);
  }
  return { html, guide, byExercise };
}

describe("ProgrammeView with one broken exercise, server-rendered", () => {
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
      const { html, guide, byExercise } = serverHtml(exercises);
      for (const exercise of used) {
        const article = byExercise.get(exercise.id);
        expect(article, exercise.id).toBeDefined();
        for (const text of contraindicationTexts([exercise])) expect(article).toContain(escaped(text));
        for (const flag of exercise.redFlags) expect(article).toContain(escaped(flag.text["en-GB"]));
      }
      expect(byExercise.get(BROKEN_ID)).toContain(escaped(INCOMPLETE));
      expect(guide.match(/data-slot="exercise-incomplete"/g)).toHaveLength(1);
      // The programme's own stop rules stay too.
      expect(html).toContain('data-slot="programme-safety"');
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(String(consoleError.mock.calls[0]?.[0])).toContain(field);
    });
  });

  it("leaves out a value that is not an exercise at all, and keeps every other exercise's safety", () => {
    const { guide } = serverHtml([...used, null as unknown as Exercise]);
    for (const text of contraindicationTexts(used)) expect(guide).toContain(escaped(text));
  });
});
