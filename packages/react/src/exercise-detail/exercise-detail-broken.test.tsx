import type { Exercise } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { BROKEN_CASES, contraindicationTexts, INCOMPLETE, MISSING } from "@movekit/fixtures/broken-exercises";
import { gluteBridge, withAbsoluteContraindication } from "@movekit/fixtures/exercises";
import { render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExerciseDetail } from "./exercise-detail";

/** The server HTML, parsed, so assertions read what a person would see. */
function serverRender(exercise: Exercise): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = renderToString(<ExerciseDetail exercise={exercise} />);
  return container;
}

describe("ExerciseDetail with broken content", () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  describe.each(BROKEN_CASES)("$name", ({ field, break: breakIt }) => {
    it("keeps every intact contraindication and red flag in the server HTML, with the incomplete notice", () => {
      const html = serverRender(breakIt(withAbsoluteContraindication));
      const safety = html.querySelector("[data-section='safety']") as HTMLElement;
      for (const text of contraindicationTexts([withAbsoluteContraindication])) expect(safety).toHaveTextContent(text);
      for (const flag of gluteBridge.redFlags) expect(safety).toHaveTextContent(flag.text["en-GB"]);
      expect(html).toHaveTextContent(INCOMPLETE);
    });

    it("does not throw to the host, and logs one development error naming the field", () => {
      render(<ExerciseDetail exercise={breakIt(gluteBridge)} />);
      expect(screen.getByText(INCOMPLETE)).toBeInTheDocument();
      expect(screen.getByRole("region", { name: "Safety: read before you start" })).toBeVisible();
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(String(consoleError.mock.calls[0]?.[0])).toContain(field);
    });
  });

  it("loses only the broken part: cues: null drops the cues section, the steps stay", () => {
    render(<ExerciseDetail exercise={{ ...gluteBridge, cues: null } as unknown as Exercise} />);
    expect(screen.queryByRole("region", { name: "Coaching cues" })).toBeNull();
    expect(within(screen.getByRole("region", { name: "Steps" })).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByRole("region", { name: "How much to do" })).toBeInTheDocument();
  });

  it("says an unreadable safety item could not be shown instead of dropping it silently", () => {
    const broken = { ...gluteBridge, contraindications: [null, ...(gluteBridge.contraindications ?? [])] };
    render(<ExerciseDetail exercise={broken as unknown as Exercise} />);
    expect(
      screen.getByText("1 safety item could not be shown: ask your clinician about it before doing this exercise."),
    ).toBeVisible();
  });

  it("logs nothing in production, and still shows the notice", () => {
    vi.stubEnv("NODE_ENV", "production");
    render(<ExerciseDetail exercise={{ ...gluteBridge, cues: null } as unknown as Exercise} />);
    expect(screen.getByText(INCOMPLETE)).toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("logs nothing for a valid exercise and shows no notice", () => {
    render(<ExerciseDetail exercise={gluteBridge} />);
    expect(screen.queryByText(INCOMPLETE)).toBeNull();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("renders a value that is not an exercise at all as a notice with missing safety, without throwing", () => {
    render(<ExerciseDetail exercise={null as unknown as Exercise} />);
    expect(screen.getByText(INCOMPLETE)).toBeInTheDocument();
    expect(screen.getByText(MISSING)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Exercise with no name" })).toBeInTheDocument();
  });

  it("shows an unknown severity as 'Do not do this exercise if' and an unknown urgency as an emergency", () => {
    const exercise = {
      ...gluteBridge,
      contraindications: [{ id: "odd", severity: "mystery", text: { "en-GB": "An odd reason." } }],
      redFlags: [
        { id: "odd-flag", urgency: "someday", text: { "en-GB": "An odd sign." }, action: { "en-GB": "Act." } },
      ],
    } as unknown as Exercise;
    render(<ExerciseDetail exercise={exercise} />);
    expect(
      within(screen.getByRole("region", { name: "Do not do this exercise if:" })).getByText("An odd reason."),
    ).toBeVisible();
    expect(
      within(screen.getByRole("region", { name: /^Emergency: Call 999/ })).getByText("An odd sign."),
    ).toBeVisible();
  });

  it("says the safety information is missing when there are neither contraindications nor a reviewed none", () => {
    render(<ExerciseDetail exercise={{ ...gluteBridge, contraindications: undefined }} />);
    const safety = screen.getByRole("region", { name: "Safety: read before you start" });
    expect(within(safety).getByText(MISSING)).toBeVisible();
  });

  it("says it in Spanish", () => {
    render(
      <ExerciseDetail
        exercise={{ ...gluteBridge, contraindications: undefined, cues: null } as unknown as Exercise}
        locale="es"
        messages={es}
      />,
    );
    expect(
      screen.getByText(
        "La información de este ejercicio está incompleta: consulta con tu profesional sanitario antes de hacerlo.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Falta la información de seguridad de este ejercicio: consulta con tu profesional sanitario antes de hacerlo.",
      ),
    ).toBeInTheDocument();
  });
});
