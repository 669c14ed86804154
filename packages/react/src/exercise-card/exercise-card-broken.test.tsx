import type { Exercise } from "@movekit/core";
import { BROKEN_CASES, INCOMPLETE } from "@movekit/fixtures/broken-exercises";
import { gluteBridge, withAbsoluteContraindication } from "@movekit/fixtures/exercises";
import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExerciseCard } from "./exercise-card";

const DO_NOT = "Do not do this exercise if… (1 reason): read before starting";

describe("ExerciseCard with broken content", () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  describe.each(BROKEN_CASES)("$name", ({ field, break: breakIt }) => {
    it("keeps the safety summary of every intact contraindication in the server HTML, with the notice", () => {
      const container = document.createElement("div");
      container.innerHTML = renderToString(<ExerciseCard exercise={breakIt(withAbsoluteContraindication)} />);
      expect(container).toHaveTextContent(DO_NOT);
      expect(container).toHaveTextContent("Has 4 cautions: read before starting");
      expect(container).toHaveTextContent(INCOMPLETE);
    });

    it("does not throw to the host, and logs one development error naming the field", () => {
      render(<ExerciseCard exercise={breakIt(gluteBridge)} />);
      expect(screen.getByText(INCOMPLETE)).toBeInTheDocument();
      expect(screen.getByRole("heading", { name: "Glute bridge" })).toBeInTheDocument();
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(String(consoleError.mock.calls[0]?.[0])).toContain(field);
    });
  });

  it("leaves out only the broken dosage", () => {
    render(<ExerciseCard exercise={{ ...gluteBridge, defaultDosage: null } as unknown as Exercise} />);
    expect(screen.queryByRole("group", { name: "Dosage" })).toBeNull();
    expect(screen.getByText("Buttocks, Hip")).toBeInTheDocument();
  });

  it("says the safety information is missing instead of saying nothing", () => {
    const { container } = render(<ExerciseCard exercise={{ ...gluteBridge, contraindications: undefined }} />);
    expect(screen.getByText("Safety information missing: ask your clinician before doing it")).toBeInTheDocument();
    expect(container.querySelector("[data-slot='exercise-card-safety']")).toHaveAttribute("data-severity", "missing");
  });

  it("counts an unknown severity as 'Do not do this exercise if'", () => {
    const exercise = {
      ...gluteBridge,
      contraindications: [{ id: "odd", severity: "mystery", text: { "en-GB": "An odd reason." } }],
    } as unknown as Exercise;
    render(<ExerciseCard exercise={exercise} />);
    expect(screen.getByText(DO_NOT)).toHaveAttribute("data-severity", "absolute");
  });

  it("renders something that is not an exercise as a notice, without throwing", () => {
    render(<ExerciseCard exercise={undefined as unknown as Exercise} />);
    expect(screen.getByText(INCOMPLETE)).toBeInTheDocument();
    expect(screen.getByText("Safety information missing: ask your clinician before doing it")).toBeInTheDocument();
  });
});
