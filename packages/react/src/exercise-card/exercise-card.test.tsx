import { es } from "@movekit/core/locales/es";
import {
  gluteBridge,
  withAbsoluteContraindication,
  withNoContraindications,
  withoutMedia,
} from "@movekit/fixtures/exercises";
import { render, screen, within } from "@testing-library/react";
import type { AnchorHTMLAttributes } from "react";
import { describe, expect, it, vi } from "vitest";
import { ExerciseCard, ExerciseCardRoot, ExerciseCardTitle } from "./exercise-card";

function RouterLink(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a data-router="" {...props} />;
}

/** The card's details as [term, description] pairs, as a screen reader reads the description list. */
function metaPairs(card: HTMLElement): string[][] {
  return [...card.querySelectorAll("dl > div")].map((row) =>
    [...row.querySelectorAll("dt, dd")].map((cell) => cell.textContent ?? ""),
  );
}

describe("ExerciseCard", () => {
  it("shows the name as a heading, the details, the dosage and the cautions in words", () => {
    render(<ExerciseCard exercise={gluteBridge} />);
    const card = screen.getByRole("article");
    expect(card).toHaveAttribute("data-slot", "exercise-card");
    expect(card).toHaveAttribute("data-variant", "default");
    expect(within(card).getByRole("heading", { level: 3, name: "Glute bridge" })).toBeInTheDocument();
    expect(metaPairs(card)).toEqual([
      ["Target area", "Buttocks, Hip"],
      ["Difficulty", "Beginner"],
      ["Equipment", "Exercise mat (optional)"],
    ]);
    expect(within(card).getByRole("group", { name: "Dosage" })).toHaveTextContent("3 sets of 12 repetitions");
    const safety = card.querySelector("[data-slot='exercise-card-safety']");
    expect(safety).toHaveTextContent("Has 4 cautions: read before starting");
    expect(safety).toHaveAttribute("data-severity", "caution");
  });

  it("shows the poster as a decorative image in the default variant only", () => {
    const { container, rerender } = render(<ExerciseCard exercise={gluteBridge} />);
    expect(container.querySelector("img")).toHaveAttribute("alt", "");
    expect(container.querySelector("img")).toHaveAttribute("src", "/media/glute-bridge.svg");
    rerender(<ExerciseCard exercise={gluteBridge} variant="compact" />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("article")).toHaveAttribute("data-variant", "compact");
  });

  it("renders no media box without media", () => {
    const { container } = render(<ExerciseCard exercise={withoutMedia} />);
    expect(container.querySelector("[data-slot='exercise-card-media']")).toBeNull();
  });

  it("says 'Do not do this exercise if…' in words and with a stop icon, apart from the cautions", () => {
    const { container } = render(<ExerciseCard exercise={withAbsoluteContraindication} />);
    const safety = container.querySelector("[data-slot='exercise-card-safety']");
    expect(safety).toHaveAttribute("data-severity", "absolute");
    const absolute = screen.getByText("Do not do this exercise if… (1 reason): read before starting");
    expect(absolute).toHaveAttribute("data-severity", "absolute");
    expect(absolute.querySelector("svg")).toHaveAttribute("data-icon", "stop");
    // The relative contraindication and the three red flags are cautions, said apart with another icon.
    const cautions = screen.getByText("Has 4 cautions: read before starting");
    expect(cautions).toHaveAttribute("data-severity", "caution");
    expect(cautions.querySelector("svg")).toHaveAttribute("data-icon", "warning");
    expect(screen.queryByText(/Has 5 cautions/)).toBeNull();
  });

  it("never words an absolute contraindication like a caution, in Spanish too", () => {
    render(<ExerciseCard exercise={withAbsoluteContraindication} locale="es" messages={es} />);
    expect(screen.getByText("No hagas este ejercicio si… (1 motivo): léelo antes de empezar")).toBeInTheDocument();
    expect(screen.getByText("Tiene 4 precauciones: léelas antes de empezar")).toBeInTheDocument();
  });

  it("says there are no known cautions only when a clinician has recorded none", () => {
    render(<ExerciseCard exercise={withNoContraindications} />);
    expect(screen.getByText("No known cautions: checked by a clinician")).toHaveAttribute("data-severity", "none");
  });

  it("links the whole card through href, refusing unsafe URLs", () => {
    const { rerender } = render(<ExerciseCard exercise={gluteBridge} href="/exercises/glute-bridge" />);
    expect(screen.getByRole("link", { name: "Glute bridge" })).toHaveAttribute("href", "/exercises/glute-bridge");
    rerender(<ExerciseCard exercise={gluteBridge} href={["javascript", "alert(1)"].join(":")} />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByRole("heading", { name: "Glute bridge" })).toBeInTheDocument();
  });

  it("uses the host's link through Title asChild", () => {
    render(
      <ExerciseCardRoot>
        <ExerciseCardTitle asChild headingLevel={2}>
          <RouterLink href="/x">Glute bridge</RouterLink>
        </ExerciseCardTitle>
      </ExerciseCardRoot>,
    );
    const link = screen.getByRole("link", { name: "Glute bridge" });
    expect(link).toHaveAttribute("data-router");
    expect(link).toHaveAttribute("data-slot", "exercise-card-link");
    expect(link).toHaveClass("mk-exercise-card__link");
    expect(screen.getByRole("heading", { level: 2 })).toContainElement(link);
  });

  it("shows Title asChild with text instead of one element as a plain heading, without throwing", () => {
    render(
      <ExerciseCardTitle asChild headingLevel={2}>
        Glute bridge
      </ExerciseCardTitle>,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Glute bridge" })).toBeInTheDocument();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("renders its link with the given link component, after the same URL check", () => {
    const { rerender } = render(
      <ExerciseCard
        exercise={gluteBridge}
        href="/exercises/glute-bridge"
        linkComponent={RouterLink}
        headingLevel={4}
      />,
    );
    const link = screen.getByRole("link", { name: "Glute bridge" });
    expect(link).toHaveAttribute("data-router");
    expect(link).toHaveAttribute("href", "/exercises/glute-bridge");
    expect(screen.getByRole("heading", { level: 4 })).toContainElement(link);
    rerender(
      <ExerciseCard exercise={gluteBridge} href={["javascript", "alert(1)"].join(":")} linkComponent={RouterLink} />,
    );
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("still takes Title's old `level` prop, warning once that it is now `headingLevel`", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const title = (props: { level?: 2 | 4; headingLevel?: 2 | 4 }) => (
      <ExerciseCardRoot>
        <ExerciseCardTitle {...props}>Glute bridge</ExerciseCardTitle>
      </ExerciseCardRoot>
    );
    const { rerender } = render(title({ level: 4 }));
    expect(screen.getByRole("heading", { level: 4, name: "Glute bridge" })).toBeInTheDocument();
    rerender(title({ level: 4, headingLevel: 2 }));
    expect(screen.getByRole("heading", { level: 2, name: "Glute bridge" })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/ExerciseCard\.Title: the `level` prop is deprecated; use `headingLevel`/);
    warn.mockRestore();
  });

  it("exposes its parts on the namespace", () => {
    expect(ExerciseCard.Root).toBe(ExerciseCardRoot);
    expect(ExerciseCard.Title).toBe(ExerciseCardTitle);
    expect(Object.keys(ExerciseCard).filter((key) => /^[A-Z]/.test(key))).toEqual([
      "Root",
      "Media",
      "Body",
      "Title",
      "Summary",
      "Meta",
      "Dosage",
      "Safety",
    ]);
  });

  it("speaks Spanish", () => {
    render(<ExerciseCard exercise={gluteBridge} locale="es" messages={es} />);
    const card = screen.getByRole("article");
    expect(within(card).getByRole("heading", { name: "Puente de glúteos" })).toBeInTheDocument();
    expect(metaPairs(card)[0]).toEqual(["Zona", "Glúteos, Cadera"]);
    expect(card).toHaveTextContent("Tiene 4 precauciones: léelas antes de empezar");
  });
});
