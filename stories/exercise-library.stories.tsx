import { exercises as realExercises } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { syntheticExercises } from "@movekit/fixtures/synthetic-library";
import {
  ExerciseLibrary,
  type ExerciseLibraryFilters,
  libraryFiltersFromSearchParams,
  libraryFiltersToSearchParams,
} from "@movekit/react/exercise-library";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";

// Synthetic libraries are test data (@movekit/fixtures/synthetic-library), not shipped content; built once per load.
const synthetic1000 = syntheticExercises(1000);
const synthetic5000 = syntheticExercises(5000);

const meta = {
  title: "Library/ExerciseLibrary",
  component: ExerciseLibrary,
  args: { exercises: realExercises, onSelect: fn() },
  parameters: { layout: "padded" },
} satisfies Meta<typeof ExerciseLibrary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The exercises shipped in @movekit/content. Search, open a facet, or add an exercise to a programme. */
export const RealLibrary: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("searchbox", { name: "Search exercises" }), "bridge");
    const list = canvas.getByRole("list", { name: "Exercises" });
    // Names match first; aliases and cues can match too, so only the best match must say "bridge".
    await waitFor(() => {
      const items = within(list).getAllByRole("listitem");
      expect(Number(items[0]?.getAttribute("aria-setsize"))).toBeLessThan(realExercises.length);
      expect(
        within(items[0] as HTMLElement)
          .getByRole("heading")
          .textContent?.toLowerCase(),
      ).toContain("bridge");
    });
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent(/^\d+ exercises?$/));
    await userEvent.click(within(list).getAllByRole("button", { name: /^Add to programme: / })[0] as HTMLElement);
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
  },
};

/** 1,000 synthetic exercises: only the cards in view are rendered. */
export const Synthetic1000: Story = {
  name: "1,000 synthetic exercises",
  args: { exercises: synthetic1000 },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole("listitem");
    await expect(items[0]).toHaveAttribute("aria-setsize", "1000");
    await expect(items.length).toBeLessThan(60);
  },
};

/** 5,000 synthetic exercises. Typing stays within a frame (see docs/performance.md). */
export const Synthetic5000: Story = {
  name: "5,000 synthetic exercises",
  args: { exercises: synthetic5000 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole("listitem")[0]).toHaveAttribute("aria-setsize", "5000");
    await userEvent.type(canvas.getByRole("searchbox"), "squat");
    await waitFor(() => expect(canvasElement.querySelector("[data-pending]")).toBeNull());
    const items = canvas.getAllByRole("listitem");
    await expect(Number(items[0]?.getAttribute("aria-setsize"))).toBeLessThan(5000);
  },
};

/** Spanish interface and content, from the MovekitProvider. */
export const Spanish: Story = {
  globals: { locale: "es" },
  args: { exercises: synthetic1000 },
};

/** Starts filtered (beginner, no equipment) and sorted by name. */
export const Filtered: Story = {
  args: { exercises: synthetic1000, defaultValue: { difficulties: ["beginner"], noEquipment: true, sort: "name" } },
};

/** A search that matches nothing: the empty state offers to clear the filters. */
export const NoResults: Story = { args: { defaultValue: { query: "handstand" } } };

function UrlControlled({ exercises }: { exercises: readonly Exercise[] }) {
  const [query, setQuery] = useState("region=hip&sort=name");
  const filters: ExerciseLibraryFilters = libraryFiltersFromSearchParams(new URLSearchParams(query));
  return (
    <>
      <p>
        Address bar: <code data-testid="url">?{query}</code>
      </p>
      <ExerciseLibrary
        exercises={exercises}
        value={filters}
        onValueChange={(next) => setQuery(libraryFiltersToSearchParams(next).toString())}
      />
    </>
  );
}

/** The host keeps the filters in the URL: `value` is parsed from it and `onValueChange` writes it back. */
export const FiltersInTheUrl: Story = {
  args: { exercises: synthetic1000 },
  render: (args) => <UrlControlled exercises={args.exercises} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("checkbox", { name: /^No equipment needed/ }));
    await expect(canvas.getByTestId("url")).toHaveTextContent("?region=hip&no-equipment=1&sort=name");
  },
};
