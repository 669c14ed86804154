import { es } from "@movekit/core/locales/es";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CompactDosage, DosageSummary } from "./dosage-summary";

describe("DosageSummary", () => {
  it("shows the plain words, the compact form and the time inside a named group", () => {
    render(<DosageSummary dosage={{ sets: 3, reps: 10, perSide: true, holdSeconds: 5 }} />);
    const group = screen.getByRole("group", { name: "Dosage" });
    expect(group).toHaveTextContent("3 sets of 10 repetitions on each side, hold each for 5 seconds");
    expect(group).toHaveTextContent("3 × 10 · 5s hold each side");
    expect(group).toHaveTextContent("About 10 minutes");
    expect(group).toHaveAttribute("data-slot", "dosage-summary");
    expect(group).toHaveAttribute("data-variant", "default");
  });

  it("keeps the plain words for screen readers in the compact variant", () => {
    render(<DosageSummary variant="compact" dosage={{ sets: 3, reps: 10 }} />);
    const text = screen.getByText("3 sets of 10 repetitions");
    expect(text).toHaveClass("mk-visually-hidden");
    expect(screen.queryByText(/About/)).toBeNull();
  });

  it("speaks Spanish when given the es locale", () => {
    render(<DosageSummary locale="es" messages={es} dosage={{ sets: 2, reps: 12 }} />);
    expect(screen.getByRole("group", { name: "Dosis" })).toHaveTextContent("2 series de 12 repeticiones");
  });

  it.each([
    [
      "en-GB",
      "Dosage",
      "1 minute running, then 1 minute walking, 10 times",
      "10 × 1 min run / 1 min walk",
      "About 20 minutes",
    ],
    [
      "es",
      "Dosis",
      "1 minuto corriendo y luego 1 minuto caminando, 10 veces",
      "10 × 1 min correr / 1 min caminar",
      "20 minutos",
    ],
  ] as const)(
    "shows walk/run intervals in %s: what to do in each part, how often, and the time",
    (locale, name, text, compact, time) => {
      render(
        <DosageSummary
          locale={locale}
          messages={es}
          dosage={{
            intervals: {
              work: { activity: "run", seconds: 60 },
              recovery: { activity: "walk", seconds: 60 },
              rounds: 10,
            },
          }}
        />,
      );
      const group = screen.getByRole("group", { name });
      expect(group).toHaveTextContent(text);
      expect(group).toHaveTextContent(compact);
      expect(group).toHaveTextContent(time);
      expect(group).toHaveAttribute("data-amount", "intervals");
    },
  );
});

describe("CompactDosage", () => {
  it("renders what DosageSummary's compact variant renders, in both languages, with no session time", () => {
    const dosages = [
      { sets: 3, reps: 10, perSide: true, holdSeconds: 5 },
      { holdSeconds: 30 },
      { sets: 2, durationSeconds: 45, restBetweenSetsSeconds: 60 },
    ];
    for (const dosage of dosages) {
      for (const locale of ["en-GB", "es"]) {
        const a = render(<CompactDosage dosage={dosage} locale={locale} messages={es} className="x" />);
        const b = render(
          <DosageSummary variant="compact" dosage={dosage} locale={locale} messages={es} className="x" />,
        );
        expect(a.container.innerHTML).toBe(b.container.innerHTML);
        expect(a.container.querySelector('[data-slot="dosage-summary-time"]')).toBeNull();
        expect(within(a.container).getByRole("group", { name: locale === "es" ? "Dosis" : "Dosage" })).toHaveAttribute(
          "data-variant",
          "compact",
        );
        a.unmount();
        b.unmount();
      }
    }
  });
});
