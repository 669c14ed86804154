import { type ExerciseLibraryFilters, libraryFiltersToSearchParams } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { syntheticExercises } from "@movekit/fixtures/synthetic-library";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WAIT_CEILING_MS } from "../../../../vitest.wait";
import type { MovekitLinkProps } from "../movekit-provider/movekit-context";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { ExerciseLibrary } from "./exercise-library";
import { fakeLibraryLayout } from "./testing/jsdom-layout";

const exercises = syntheticExercises(40);

// Host router links, told apart by a data attribute.
const ProviderLink = ({ href, children, ...props }: MovekitLinkProps) => (
  <a {...props} href={href} data-router="provider">
    {children}
  </a>
);
const OwnLink = ({ href, children, ...props }: MovekitLinkProps) => (
  <a {...props} href={href} data-router="own">
    {children}
  </a>
);

// jsdom has no layout: give the results viewport and its rows sizes so the virtualiser renders its first rows.
beforeEach(fakeLibraryLayout);
afterEach(() => vi.restoreAllMocks());

// Timeouts are ceilings for a busy shared machine (the first render pays for the cold start), never speed checks.
describe("ExerciseLibrary roles and names", { timeout: 30_000 }, () => {
  it("is a named region with a search box, a sort menu, a filters group and a list of results", async () => {
    render(<ExerciseLibrary exercises={exercises} />);
    expect(screen.getByRole("region", { name: "Exercise library" })).toBeInTheDocument();
    expect(screen.getByRole("search")).toContainElement(screen.getByRole("searchbox", { name: "Search exercises" }));
    const sort = screen.getByRole("combobox", { name: "Sort by" });
    expect(
      within(sort)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Best match", "Name (A to Z)", "Easiest first"]);
    const filters = screen.getByRole("group", { name: "Filters" });
    // The counts come from the search index, built just after the first paint.
    expect(within(filters).getByRole("checkbox", { name: "No equipment needed" })).toBeInTheDocument();
    const counted = /^No equipment needed \(\d+\)$/;
    const options = { timeout: WAIT_CEILING_MS };
    expect(await within(filters).findByRole("checkbox", { name: counted }, options)).toBeInTheDocument();
    for (const facet of ["Body area", "Equipment", "Position", "Difficulty", "Goal"])
      expect(within(filters).getByRole("group", { name: facet })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Exercises" })).toBeInTheDocument();
  });

  it("gives every result its place in the whole set and a named select button", () => {
    render(<ExerciseLibrary exercises={exercises} onSelect={() => {}} />);
    const items = within(screen.getByRole("list", { name: "Exercises" })).getAllByRole("listitem");
    expect(items.length).toBeGreaterThan(0);
    items.forEach((item, i) => {
      expect(item).toHaveAttribute("aria-setsize", "40");
      expect(item).toHaveAttribute("aria-posinset", String(i + 1));
    });
    const first = exercises[0];
    expect(
      within(items[0] as HTMLElement).getByRole("button", { name: `Add to programme: ${first?.name["en-GB"]}` }),
    ).toBeInTheDocument();
  });

  it("links each card through the provider's link component, or the one passed in", () => {
    const getHref = (exercise: { slug: string }) => `/exercises/${exercise.slug}`;
    const view = (own?: typeof OwnLink) => (
      <MovekitProvider linkComponent={ProviderLink}>
        <ExerciseLibrary exercises={exercises} getHref={getHref} linkComponent={own} />
      </MovekitProvider>
    );
    const { rerender } = render(view());
    const first = exercises[0];
    const link = screen.getByRole("link", { name: first?.name["en-GB"] });
    expect(link).toHaveAttribute("data-router", "provider");
    expect(link).toHaveAttribute("href", `/exercises/${first?.slug}`);
    expect(link).toHaveAttribute("data-slot", "exercise-card-link");
    rerender(view(OwnLink));
    expect(screen.getByRole("link", { name: first?.name["en-GB"] })).toHaveAttribute("data-router", "own");
  });

  it("has one polite status region holding the result count", () => {
    render(<ExerciseLibrary exercises={exercises} />);
    expect(screen.getAllByRole("status")).toHaveLength(1);
    expect(screen.getByRole("status")).toHaveTextContent("40 exercises");
  });

  it("has no select button and a focusable results region when there is nothing to choose", () => {
    render(<ExerciseLibrary exercises={exercises} />);
    expect(screen.queryByRole("button", { name: /Add to programme/ })).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Exercises" })).toHaveAttribute("tabindex", "0");
  });

  it("speaks Spanish from the provider, vocabulary included", () => {
    render(
      <MovekitProvider locale="es" messages={es}>
        <ExerciseLibrary exercises={exercises} onSelect={() => {}} />
      </MovekitProvider>,
    );
    expect(screen.getByRole("region", { name: "Biblioteca de ejercicios" })).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "Buscar ejercicios" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Zona del cuerpo" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("40 ejercicios");
    expect(screen.getAllByRole("button", { name: /^Añadir al programa: / }).length).toBeGreaterThan(0);
  });

  it("shows the empty state with a clear-filters button that brings every exercise back", () => {
    render(<ExerciseLibrary exercises={exercises} defaultValue={{ query: "zzzz-no-such-exercise" }} />);
    expect(screen.getByText("No exercises match your search and filters.")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Exercises" })).not.toBeInTheDocument();
    const clear = screen.getAllByRole("button", { name: "Clear filters" });
    fireEvent.click(clear[clear.length - 1] as HTMLElement);
    expect(screen.getByRole("searchbox")).toHaveValue("");
    expect(screen.getByRole("list", { name: "Exercises" })).toBeInTheDocument();
  });
});

/** A host that keeps the library's filters in state and mirrors them to a URL query string. */
function UrlHost({ onUrl }: { onUrl: (url: string) => void }) {
  const [filters, setFilters] = useState<Partial<ExerciseLibraryFilters>>({ bodyRegions: ["hip"] });
  return (
    <ExerciseLibrary
      exercises={exercises}
      value={filters}
      onValueChange={(next) => {
        onUrl(libraryFiltersToSearchParams(next).toString());
        setFilters(next);
      }}
    />
  );
}

describe("ExerciseLibrary controlled filters", () => {
  it("reports every change with the complete filters and shows only what the host passes back", () => {
    const onValueChange = vi.fn();
    render(
      <ExerciseLibrary exercises={exercises} value={{ difficulties: ["beginner"] }} onValueChange={onValueChange} />,
    );
    fireEvent.change(screen.getByRole("searchbox"), { target: { value: "bridge" } });
    expect(onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ query: "bridge", difficulties: ["beginner"] }),
    );
    // The host did not pass the new value back, so the field keeps the controlled one.
    expect(screen.getByRole("searchbox")).toHaveValue("");
  });

  it("round-trips through URL search parameters kept by the host", () => {
    const urls: string[] = [];
    render(<UrlHost onUrl={(url) => urls.push(url)} />);
    fireEvent.change(screen.getByRole("combobox", { name: "Sort by" }), { target: { value: "name" } });
    expect(urls.at(-1)).toBe("region=hip&sort=name");
    expect(screen.getByRole("combobox", { name: "Sort by" })).toHaveValue("name");
    const region = screen.getByRole("group", { name: "Body area" });
    expect(within(region).getByRole("checkbox", { name: /^Hip \(\d+\)$/ })).toBeChecked();
  });
});
