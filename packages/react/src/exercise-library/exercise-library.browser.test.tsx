import { createSearchIndex, type Exercise, searchExercises } from "@movekit/core";
import { syntheticExercises } from "@movekit/fixtures/synthetic-library";
import { render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { ExerciseLibrary } from "./exercise-library";
import { preloadExerciseLibrary } from "./library-results";

// The virtualiser loads on first use; these tests are about the grid once it is here (the first rows before it
// arrives are tested in exercise-library-lazy.test.tsx).
beforeAll(() => preloadExerciseLibrary());

const exercises = syntheticExercises(300);
const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));

const list = () => screen.getByRole("list", { name: "Exercises" });
const items = () => within(list()).getAllByRole("listitem");
const shownCount = (container: HTMLElement) =>
  container.querySelector('[data-slot="exercise-library-count"]')?.textContent;
/** Waits until the deferred results have caught up with the filters. */
const settled = (container: HTMLElement) => waitFor(() => expect(container.querySelector("[data-pending]")).toBeNull());
const itemExercise = (item: HTMLElement) => byId.get(item.dataset.exerciseId ?? "") as Exercise;

async function chooseOption(facet: string, option: RegExp) {
  const group = screen.getByRole("group", { name: facet });
  const details = group.closest("details") as HTMLDetailsElement;
  if (!details.open) await userEvent.click(details.querySelector("summary") as HTMLElement);
  await userEvent.click(within(group).getByRole("checkbox", { name: option }));
}

describe("ExerciseLibrary filters in Chromium", () => {
  const cases: Array<[string, RegExp, (exercise: Exercise) => boolean]> = [
    ["Body area", /^Shoulder \(/, (e) => e.bodyRegions.includes("shoulder")],
    ["Equipment", /^Resistance band \(/, (e) => e.equipment.some((item) => item.id === "resistance-band")],
    ["Position", /^Lying on your back \(/, (e) => e.position === "supine"],
    ["Difficulty", /^Advanced \(/, (e) => e.difficulty === "advanced"],
    ["Goal", /^Mobility \(/, (e) => e.goals.includes("mobility")],
  ];

  for (const [facet, option, matches] of cases) {
    it(`narrows the results by ${facet.toLowerCase()}`, async () => {
      const { container } = render(<ExerciseLibrary exercises={exercises} />);
      await chooseOption(facet, option);
      await settled(container);
      const expected = exercises.filter(matches).length;
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(exercises.length);
      expect(shownCount(container)).toBe(`${expected} exercises`);
      for (const item of items()) {
        expect(item).toHaveAttribute("aria-setsize", String(expected));
        expect(matches(itemExercise(item))).toBe(true);
      }
    });
  }

  it("narrows to exercises that need no equipment, and combines facets with AND", async () => {
    const { container } = render(<ExerciseLibrary exercises={exercises} />);
    await userEvent.click(screen.getByRole("checkbox", { name: /^No equipment needed \(/ }));
    await settled(container);
    const noKit = (e: Exercise) => e.equipment.every((item) => item.optional);
    expect(shownCount(container)).toBe(`${exercises.filter(noKit).length} exercises`);
    await chooseOption("Difficulty", /^Beginner \(/);
    await settled(container);
    const both = exercises.filter((e) => noKit(e) && e.difficulty === "beginner");
    expect(shownCount(container)).toBe(`${both.length} exercises`);
    for (const item of items()) expect(both).toContain(itemExercise(item));
  });

  it("searches by name and shows the empty state with a working clear-filters button", async () => {
    const { container } = render(<ExerciseLibrary exercises={exercises} />);
    const search = screen.getByRole("searchbox", { name: "Search exercises" });
    await userEvent.type(search, "clamshell");
    await settled(container);
    for (const item of items()) expect(itemExercise(item).name["en-GB"].toLowerCase()).toContain("clamshell");
    await userEvent.type(search, " zzzz");
    await settled(container);
    expect(screen.getByText("No exercises match your search and filters.")).toBeVisible();
    const clear = within(container.querySelector('[data-slot="exercise-library-empty"]') as HTMLElement).getByRole(
      "button",
      { name: "Clear filters" },
    );
    await userEvent.click(clear);
    await settled(container);
    expect(search).toHaveValue("");
    expect(shownCount(container)).toBe("300 exercises");
  });

  it("has no axe violations, with a facet open and results shown", async () => {
    const { container } = render(
      <main>
        <ExerciseLibrary exercises={exercises} onSelect={() => {}} />
      </main>,
    );
    await chooseOption("Body area", /^Hip \(/);
    await settled(container);
    const result = await axe.run(container);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });
});

describe("ExerciseLibrary announcements in Chromium", () => {
  it("announces the count on screen once typing pauses", async () => {
    const { container } = render(<ExerciseLibrary exercises={exercises} />);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("300 exercises");
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(status.textContent ?? ""));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    await userEvent.type(screen.getByRole("searchbox"), "squat");
    await settled(container);
    // The live region catches up with the visible count once typing pauses. How long a keystroke takes on a busy
    // machine is not ours to assert, so the pause itself is tested with fake timers in use-announcement.test.ts;
    // here the last word heard must be the count on screen, and nothing but counts is announced.
    const expected = shownCount(container);
    expect(expected).not.toBe("300 exercises");
    await waitFor(() => expect(status).toHaveTextContent(expected ?? ""));
    observer.disconnect();
    expect(changes.at(-1)).toBe(expected);
    for (const heard of changes) expect(heard).toMatch(/^\d+ exercises?$/);
  });
});

describe("ExerciseLibrary keyboard use in Chromium", () => {
  it("reaches the search box, sort and filters with Tab and works them with the keyboard", async () => {
    const { container } = render(
      <>
        <button type="button">Before</button>
        <ExerciseLibrary exercises={exercises} onSelect={() => {}} />
      </>,
    );
    screen.getByRole("button", { name: "Before" }).focus();
    await userEvent.tab();
    expect(screen.getByRole("searchbox", { name: "Search exercises" })).toHaveFocus();
    await userEvent.keyboard("bridge");
    await settled(container);
    await userEvent.tab();
    const sort = screen.getByRole("combobox", { name: "Sort by" });
    expect(sort).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    expect(sort).toHaveValue("name");
    await settled(container);
    const names = items().map((item) => itemExercise(item).name["en-GB"]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en-GB")));

    await userEvent.tab();
    const summary = screen.getByText("Body area", { selector: "summary" });
    expect(summary).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(summary.closest("details")).toHaveProperty("open", true);
    await userEvent.tab();
    const firstOption = within(screen.getByRole("group", { name: "Body area" })).getAllByRole("checkbox")[0];
    expect(firstOption).toHaveFocus();
    await userEvent.keyboard(" ");
    expect(firstOption).toBeChecked();
    await settled(container);
    expect(screen.getByRole("button", { name: "Clear filters" })).toBeVisible();
  });

  it("moves between results with Tab and the arrow keys, Home and End, and selects with Enter", async () => {
    const onSelect = vi.fn();
    const { container } = render(
      <div style={{ width: 1000 }}>
        <ExerciseLibrary exercises={exercises} onSelect={onSelect} />
      </div>,
    );
    const columns = Number(list().style.getPropertyValue("--mk-library-columns"));
    expect(columns).toBeGreaterThan(1);
    const button = (position: number) =>
      within(container.querySelector(`[data-position="${position}"]`) as HTMLElement).getByRole("button");
    const focusedPosition = () =>
      (document.activeElement?.closest('[data-slot="exercise-library-item"]') as HTMLElement | null)?.dataset.position;

    button(1).focus();
    await userEvent.tab();
    expect(focusedPosition()).toBe("2");
    await userEvent.keyboard("{ArrowLeft}");
    expect(focusedPosition()).toBe("1");
    await userEvent.keyboard("{ArrowRight}");
    expect(focusedPosition()).toBe("2");
    await userEvent.keyboard("{ArrowDown}");
    expect(focusedPosition()).toBe(String(2 + columns));
    await userEvent.keyboard("{End}");
    await waitFor(() => expect(focusedPosition()).toBe("300"));
    expect(document.activeElement?.closest("[role=listitem]")).toHaveAttribute("aria-posinset", "300");
    await userEvent.keyboard("{Home}");
    await waitFor(() => expect(focusedPosition()).toBe("1"));
    await userEvent.keyboard("{ArrowDown}{Enter}");
    const chosen = itemExercise(document.activeElement?.closest("[role=listitem]") as HTMLElement);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(chosen);
    expect(focusedPosition()).toBe(String(1 + columns));
  });
});

describe("ExerciseLibrary virtualisation in Chromium", () => {
  it("renders only the cards in view, each with the full set size and its own position", async () => {
    const many = syntheticExercises(5000);
    const { container } = render(<ExerciseLibrary exercises={many} />);
    const first = items();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(60);
    first.forEach((item, i) => {
      expect(item).toHaveAttribute("aria-setsize", "5000");
      expect(item).toHaveAttribute("aria-posinset", String(i + 1));
    });
    const viewport = container.querySelector('[data-slot="exercise-library-viewport"]') as HTMLElement;
    viewport.scrollTop = viewport.scrollHeight;
    await waitFor(() => expect(items().at(-1)).toHaveAttribute("aria-posinset", "5000"));
    const last = items();
    expect(last.length).toBeLessThan(60);
    const positions = last.map((item) => Number(item.getAttribute("aria-posinset")));
    expect(positions).toEqual(positions.map((_, i) => (positions[0] ?? 0) + i));
  });

  it("after a search, shows each result's own card in order, then a spare row below for Tab", async () => {
    const many = syntheticExercises(1000);
    const { container } = render(
      <div style={{ width: 1000 }}>
        <ExerciseLibrary exercises={many} onSelect={() => {}} />
      </div>,
    );
    const viewport = container.querySelector('[data-slot="exercise-library-viewport"]') as HTMLElement;
    await userEvent.type(screen.getByRole("searchbox"), "bridge");
    const expected = searchExercises(createSearchIndex(many, "en-GB"), { text: "bridge" });
    await waitFor(() => expect(shownCount(container)).toBe(`${expected.length} exercises`));
    // Cards are reused in place as results change: each must show its own exercise, in the results' order.
    const shown = items();
    expect(shown.map((item) => item.dataset.exerciseId)).toEqual(expected.slice(0, shown.length).map((e) => e.id));
    for (const item of shown)
      expect(within(item).getByRole("heading").textContent).toBe(itemExercise(item).name["en-GB"]);
    // Below the rows in view there is one more, out of sight, so Tab from the last card in view finds the next.
    const rows = () => [...container.querySelectorAll<HTMLElement>('[data-slot="exercise-library-row"]')];
    await waitFor(() =>
      expect(rows().at(-1)?.getBoundingClientRect().top).toBeGreaterThanOrEqual(
        viewport.getBoundingClientRect().bottom,
      ),
    );
    const lastInView = rows().at(-2)?.querySelectorAll<HTMLElement>('[data-slot="exercise-library-item"]');
    const lastItem = lastInView?.[lastInView.length - 1] as HTMLElement;
    within(lastItem).getByRole("button").focus();
    await userEvent.tab();
    const focused = document.activeElement?.closest<HTMLElement>('[data-slot="exercise-library-item"]');
    expect(Number(focused?.dataset.position)).toBe(Number(lastItem.dataset.position) + 1);
  });

  it("shows results with the keystroke, and only over 10,000 exercises in a deferred render (data-pending)", async () => {
    const pendingSeen = async (library: Exercise[]) => {
      const { container, unmount } = render(<ExerciseLibrary exercises={library} />);
      const results = container.querySelector('[data-slot="exercise-library-results"]') as HTMLElement;
      let seen = false;
      const observer = new MutationObserver(() => {
        seen ||= results.hasAttribute("data-pending");
      });
      observer.observe(results, { attributes: true, attributeFilter: ["data-pending"] });
      await userEvent.type(screen.getByRole("searchbox"), "squat");
      await settled(container);
      observer.disconnect();
      const expected = searchExercises(createSearchIndex(library, "en-GB"), { text: "squat" });
      expect(shownCount(container)).toBe(`${expected.length.toLocaleString("en-GB")} exercises`);
      expect(items()[0]?.dataset.exerciseId).toBe(expected[0]?.id);
      unmount();
      return seen;
    };
    const some = syntheticExercises(5040);
    expect(await pendingSeen(some)).toBe(false);
    const huge = [...some, ...some.map((exercise) => ({ ...exercise, id: `${exercise.id}-copy` }))];
    expect(await pendingSeen(huge)).toBe(true);
  });

  it("fits as many columns as the width allows", () => {
    const { container } = render(
      <>
        <div style={{ width: 360 }}>
          <ExerciseLibrary exercises={exercises} />
        </div>
        <div style={{ width: 1200 }}>
          <ExerciseLibrary exercises={exercises} />
        </div>
      </>,
    );
    const [narrow, wide] = [...container.querySelectorAll<HTMLElement>('[data-slot="exercise-library-list"]')];
    expect(narrow?.style.getPropertyValue("--mk-library-columns")).toBe("1");
    expect(Number(wide?.style.getPropertyValue("--mk-library-columns"))).toBeGreaterThanOrEqual(2);
    const row = wide?.querySelector<HTMLElement>('[data-slot="exercise-library-row"]');
    const cards = [...(row?.children ?? [])].map((item) => item.getBoundingClientRect());
    // Side by side, not overlapping.
    expect((cards[1]?.left ?? 0) >= (cards[0]?.right ?? 0)).toBe(true);
  });
});
