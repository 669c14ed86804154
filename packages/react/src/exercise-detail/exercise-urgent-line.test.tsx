import { createTranslator, RED_FLAG_URGENCIES, type RedFlag, redFlagsByUrgency } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { gluteBridge, withNoContraindications } from "@movekit/fixtures/exercises";
import { cleanup, render, screen, within } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExerciseDetail } from "./exercise-detail";
import { UrgentLine } from "./exercise-urgent-line";

const urgentLine = () => document.querySelector("[data-slot='exercise-detail-urgent']") as HTMLElement | null;

describe("ExerciseDetail's urgent line", () => {
  it("leads with the most urgent care-card tier, in the header, before the picture and the cards", () => {
    render(<ExerciseDetail exercise={gluteBridge} />);
    const line = urgentLine() as HTMLElement;
    expect(line).toHaveAttribute("data-severity", "emergency");
    expect(line).toHaveTextContent("Emergency: Call 999 or go to A&E now if:");
    expect(within(line).getByRole("listitem")).toHaveTextContent(
      "Chest pain or sudden breathlessness while you exercise.",
    );
    const header = screen.getByRole("article").querySelector("[data-slot='exercise-detail-header']");
    expect(header?.contains(line)).toBe(true);
    const media = document.querySelector("[data-slot='exercise-detail-media']") as HTMLElement;
    expect(line.compareDocumentPosition(media) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("uses the clinic's number and the reader's language", () => {
    render(<ExerciseDetail exercise={gluteBridge} locale="es" messages={es} emergencyNumber="112" />);
    expect(urgentLine()).toHaveTextContent("Emergencia: Llama al 112 o ve a urgencias ahora si:");
    expect(urgentLine()).toHaveTextContent("Dolor en el pecho o falta de aire repentina");
  });

  it("is absent when there are no red flags (the safety section still follows)", () => {
    render(<ExerciseDetail exercise={withNoContraindications} />);
    expect(urgentLine()).toBeNull();
    expect(screen.getByRole("region", { name: "Safety: read before you start" })).toBeVisible();
  });

  it("shows an unknown urgency as an emergency, never as milder", () => {
    const odd = { ...gluteBridge.redFlags[1], urgency: "whenever" } as unknown as RedFlag;
    render(<ExerciseDetail exercise={{ ...gluteBridge, redFlags: [gluteBridge.redFlags[2] as RedFlag, odd] }} />);
    expect(urgentLine()).toHaveAttribute("data-severity", "emergency");
  });

  it("always shows core's most urgent tier and every sign in it, for any mix of red flags", () => {
    const flag = fc.record({
      id: fc.uuid(),
      urgency: fc.constantFrom(...RED_FLAG_URGENCIES),
      text: fc.record({ "en-GB": fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,20}[a-z]$/) }),
      action: fc.constant({ "en-GB": "Act." }),
    });
    fc.assert(
      fc.property(fc.array(flag, { minLength: 1, maxLength: 6 }), (redFlags) => {
        cleanup();
        render(<UrgentLine redFlags={redFlags as RedFlag[]} locale="en-GB" t={createTranslator("en-GB")} />);
        const top = redFlagsByUrgency(redFlags)[0];
        const line = urgentLine() as HTMLElement;
        expect(line.getAttribute("data-severity")).toBe(top?.urgency);
        const items = within(line)
          .getAllByRole("listitem")
          .map((item) => item.textContent);
        expect(items).toEqual(top?.flags.map((f) => f.text["en-GB"]));
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
