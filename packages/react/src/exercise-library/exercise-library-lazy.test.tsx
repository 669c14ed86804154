import { syntheticExercises } from "@movekit/fixtures/synthetic-library";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeLibraryLayout } from "./testing/jsdom-layout";

const long = syntheticExercises(120);
const short = syntheticExercises(12);

// Loaded afresh, so the virtualiser is not in memory yet: what the first paint of a real page shows.
async function freshLibrary() {
  vi.resetModules();
  const module = await import("./index");
  return module;
}

const list = () => screen.getByRole("list", { name: "Exercises" });
const items = () => within(list()).getAllByRole("listitem");

/** From the first card, ArrowRight focuses the second and End the last, at position `last`. */
function expectArrowKeysToReach(last: number) {
  const button = (position: number) =>
    within(list().querySelector(`[data-position="${position}"]`) as HTMLElement).getByRole("button");
  button(1).focus();
  fireEvent.keyDown(button(1), { key: "ArrowRight" });
  expect(button(2)).toHaveFocus();
  fireEvent.keyDown(button(2), { key: "End" });
  expect(button(last)).toHaveFocus();
}

// jsdom has no layout: give the results viewport and its rows sizes so the virtualiser renders its first rows.
beforeEach(fakeLibraryLayout);
afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock("./virtual-results");
});

describe("ExerciseLibrary before its virtualiser loads", { timeout: 30_000 }, () => {
  it("paints the first rows of a long library at once, each with the full set size, then virtualises them", async () => {
    const { ExerciseLibrary } = await freshLibrary();
    render(<ExerciseLibrary exercises={long} onSelect={() => {}} />);
    const first = items();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(long.length);
    first.forEach((item, i) => {
      expect(item).toHaveAttribute("aria-setsize", "120");
      expect(item).toHaveAttribute("aria-posinset", String(i + 1));
    });
    expect(list()).not.toHaveAttribute("data-virtualized");
    await waitFor(() => expect(list()).toHaveAttribute("data-virtualized"));
    expect(items()[0]).toHaveAttribute("aria-posinset", "1");
    expect(within(items()[0] as HTMLElement).getByRole("button", { name: /^Add to programme: / })).toBeVisible();
  });

  it("shows every card of a small library plainly and never loads the virtualiser", async () => {
    const load = vi.fn();
    vi.doMock("./virtual-results", () => {
      load();
      return {};
    });
    const { ExerciseLibrary } = await freshLibrary();
    render(<ExerciseLibrary exercises={short} onSelect={() => {}} />);
    expect(items()).toHaveLength(12);
    expect(items()[11]).toHaveAttribute("aria-posinset", "12");
    // The arrow keys move between the cards of the plain list as they do in the grid.
    expectArrowKeysToReach(12);
    expect(load).not.toHaveBeenCalled();
  });

  it("shows every card plainly, usable from the keyboard, when the virtualiser cannot load", async () => {
    vi.doMock("./virtual-results", () => {
      throw new Error("offline");
    });
    const { ExerciseLibrary, preloadExerciseLibrary } = await freshLibrary();
    render(<ExerciseLibrary exercises={long} onSelect={() => {}} />);
    const firstRows = items().length;
    expect(firstRows).toBeLessThan(long.length);
    await expect(preloadExerciseLibrary()).rejects.toThrow();
    // No card is left out: the last one is there, in its place, and the set size still counts them all.
    await waitFor(() => expect(items()).toHaveLength(120));
    expect(items()[119]).toHaveAttribute("aria-posinset", "120");
    expect(items()[0]).toHaveAttribute("aria-setsize", "120");
    expect(list()).not.toHaveAttribute("data-virtualized");
    expectArrowKeysToReach(120);
  });
});
