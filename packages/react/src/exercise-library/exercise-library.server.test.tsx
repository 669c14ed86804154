// @vitest-environment node

import { syntheticExercises } from "@movekit/fixtures/synthetic-library";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExerciseLibrary } from "./exercise-library";

describe("ExerciseLibrary on the server", () => {
  it("renders its first rows without a DOM, with the full set size", () => {
    const html = renderToString(<ExerciseLibrary exercises={syntheticExercises(500)} onSelect={() => {}} />);
    expect(html).toContain('aria-label="Exercise library"');
    expect(html).toContain("500 exercises");
    expect(html).toContain('aria-setsize="500"');
    expect(html).toContain('aria-posinset="1"');
    expect(html).not.toContain('aria-posinset="500"');
    // No style attributes, which a strict CSP (style-src 'self') blocks: rows are placed once in the browser.
    expect(html).not.toContain("style=");
    expect(html).not.toContain("data-virtualized");
  });
});
