import { fixtureExercises, programmeFixture } from "@movekit/fixtures/programmes";
import { act, within } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { preloadProgrammeView } from "./lazy-parts";
import { ProgrammeView } from "./programme-view";

// The print-only QR codes load lazily: loaded first, so no render lands after the test environment is gone.
beforeAll(async () => {
  await preloadProgrammeView();
});

const ROW_FALLBACK = "This exercise could not be shown. Ask your clinic for its instructions.";

describe("ProgrammeView error isolation in server rendering", () => {
  // React logs each error a boundary catches, and the server render's: expected, so kept out of the output.
  beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  // A server render then a hydration of the page: a ceiling for a busy machine, not a speed check.
  it("renders the page with its safety when a row throws on the server, then shows the row's fallback", {
    timeout: 30_000,
  }, async () => {
    const page = (
      <ProgrammeView
        programme={programmeFixture}
        exercises={fixtureExercises}
        today="2025-02-05"
        defaultOpenPhases={["settle", "build", "return-to-run"]}
        renderExerciseExtra={(exercise) => {
          if (exercise?.id === "front-plank") throw new Error("broken plug-in");
          return null;
        }}
      />
    );
    const container = document.createElement("div");
    container.innerHTML = renderToString(page);
    document.body.append(container);
    const view = within(container);
    // Server HTML: safety and pain rule are whole; the broken rows are left out, the others are there.
    const safety = view.getByRole("region", { name: "When to stop and get help" });
    expect(within(safety).getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" })).toBeVisible();
    expect(view.getByRole("heading", { name: "Using pain as your guide" })).toBeInTheDocument();
    const build = view.getByRole("region", { name: "Phase 2 of 3: Build" });
    expect(within(build).getByRole("link", { name: "Glute bridge" })).toBeInTheDocument();
    expect(within(build).queryByText(ROW_FALLBACK)).toBeNull();

    await act(async () => {
      hydrateRoot(container, page, { onRecoverableError: () => {} });
    });
    const rows = within(within(build).getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.querySelector("a")?.textContent ?? row.textContent)).toEqual([
      "Glute bridge",
      ROW_FALLBACK,
      "Eccentric leg lowering",
    ]);
    expect(view.getAllByText(ROW_FALLBACK)).toHaveLength(2);
    expect(within(safety).getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" })).toBeVisible();
    container.remove();
  });
});
