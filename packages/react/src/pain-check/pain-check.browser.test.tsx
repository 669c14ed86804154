import type { PainReadings, PainRule } from "@movekit/core";
import { fixtureExercises, threeBandRule, wideBandRule } from "@movekit/fixtures/programmes";
import { render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { PainCheck } from "./pain-check";

const WORDS = {
  continue: "Continue",
  modify: "Reduce",
  "stop-today": "Stop for today",
  "stop-and-contact": "Stop and contact your clinician",
  urgent: "Stop and get medical advice today",
  emergency: "Stop and get emergency help now",
} as const;
const STOP = "stop-and-contact";

function expectedAction(rule: PainRule, score: number) {
  const band = rule.bands.find((b) => score >= b.min && score <= b.max);
  if (!band) throw new Error(`no band for ${score}`);
  return band.action;
}

describe("PainCheck in Chromium", () => {
  it.each([
    [
      "0–3 / 4–5 / 6–10",
      threeBandRule,
      ["continue", "continue", "continue", "continue", "modify", "modify", STOP, STOP, STOP, STOP, STOP],
    ],
    [
      "0–4 / 5–7 / 8–10",
      wideBandRule,
      ["continue", "continue", "continue", "continue", "continue", "modify", "modify", "modify", STOP, STOP, STOP],
    ],
  ] as const)(
    "gives the right action at every score, band boundaries included, for the %s rule (keyboard)",
    async (_, rule, actions) => {
      render(<PainCheck rule={rule} measures={["during"]} askTrend={false} />);
      const check = screen.getByRole("region", { name: "How is your pain?" });
      const slider = screen.getByRole("slider", { name: "Pain during exercise" });
      expect(check).not.toHaveAttribute("data-action");
      expect(screen.getByText("Score your pain to see what to do next.")).toBeInTheDocument();
      slider.focus();
      // Home answers 0 even though the unanswered thumb already sits at 0.
      await userEvent.keyboard("{Home}");
      const seen: string[] = [];
      for (let score = 0; score <= 10; score++) {
        if (score > 0) await userEvent.keyboard("{ArrowRight}");
        expect(slider).toHaveValue(String(score));
        const action = check.getAttribute("data-action") as keyof typeof WORDS;
        expect(action).toBe(expectedAction(rule, score));
        expect(within(check).getByText(WORDS[action], { selector: "strong" })).toBeInTheDocument();
        seen.push(action);
      }
      expect(seen).toEqual(actions);
      // End and back down across the top boundary.
      await userEvent.keyboard("{End}");
      expect(slider).toHaveAttribute("aria-valuetext", "10 out of 10, worst pain imaginable");
      expect(check).toHaveAttribute("data-action", STOP);
      const top = rule.bands.find((b) => b.action === STOP)?.min as number;
      for (let s = 10; s >= top; s--) await userEvent.keyboard("{ArrowLeft}");
      expect(check).toHaveAttribute("data-action", "modify");
    },
  );

  it("moves by 10 on Page Up/Down and Shift+arrows, answers on a key that leaves the thumb at 0, and is a 24 px target", async () => {
    render(<PainCheck rule={threeBandRule} measures={["during"]} askTrend={false} />);
    const slider = screen.getByRole("slider", { name: "Pain during exercise" });
    const box = slider.getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(24);
    slider.focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuetext", "0 out of 10, no pain");
    await userEvent.keyboard("{PageUp}");
    expect(slider).toHaveValue("10");
    await userEvent.keyboard("{PageDown}");
    expect(slider).toHaveValue("0");
    await userEvent.keyboard("{Shift>}{ArrowUp}{/Shift}");
    expect(slider).toHaveAttribute("aria-valuetext", "10 out of 10, worst pain imaginable");
    await userEvent.keyboard("{ArrowDown}");
    expect(slider).toHaveAttribute("aria-valuetext", "9 out of 10");
  });

  it("swaps left and right in right-to-left text", async () => {
    render(
      <div dir="rtl">
        <PainCheck rule={threeBandRule} measures={["during"]} askTrend={false} />
      </div>,
    );
    const slider = screen.getByRole("slider", { name: "Pain during exercise" });
    slider.focus();
    await userEvent.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(slider).toHaveAttribute("aria-valuetext", "2 out of 10");
    await userEvent.keyboard("{ArrowRight}");
    expect(slider).toHaveAttribute("aria-valuetext", "1 out of 10");
  });

  it("makes the action stricter when pain has not settled by the morning or is worse than last week", async () => {
    render(<PainCheck rule={threeBandRule} measures={["during", "nextMorning"]} />);
    const check = screen.getByRole("region", { name: "How is your pain?" });
    screen.getByRole("slider", { name: "Pain during exercise" }).focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    expect(check).toHaveAttribute("data-action", "continue");
    screen.getByRole("slider", { name: "Pain the next morning" }).focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(check).toHaveAttribute("data-action", "modify");
    expect(check).toHaveTextContent("It did not settle overnight: do less next time.");
    await userEvent.click(screen.getByRole("radio", { name: "Worse" }));
    expect(check).toHaveTextContent("Worse than last week: step back a level.");
    // The milder band is named, but its own "carry on" words are not shown under "Reduce".
    expect(check).toHaveTextContent("Your score of 2 is in the 0 to 3 band.");
    expect(check).not.toHaveTextContent("Carry on as planned.");
    expect((await axe.run(check)).violations).toEqual([]);
  });

  it("shows the matching safety notice, first, when a warning sign is ticked", async () => {
    const flags = fixtureExercises[0]?.redFlags ?? [];
    render(<PainCheck rule={threeBandRule} redFlags={flags} />);
    const result = screen.getByRole("heading", { name: "What to do" }).parentElement as HTMLElement;
    expect(within(result).queryByRole("region")).toBeNull();
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Chest pain or sudden breathlessness while you exercise." }),
    );
    const notice = within(result).getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" });
    expect(notice).toHaveTextContent("Stop and call for help now.");
    expect(within(notice).getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
    await expect
      .poll(() => document.querySelector("[data-slot='pain-check-announcer']")?.textContent)
      .toBe("You ticked a warning sign. Read the safety advice under What to do.");
    await userEvent.click(screen.getByRole("checkbox", { name: "A sudden, sharp pain in your hip or back." }));
    expect(
      within(result).getByRole("region", { name: "Stop exercising: Stop exercising straight away if:" }),
    ).toBeInTheDocument();
    const wcag = {
      runOnly: { type: "tag" as const, values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };
    expect((await axe.run(document.body, wcag)).violations).toEqual([]);
  });

  it("shows no Continue or carry-on words under a ticked emergency sign with a low score, and reports the strict action", async () => {
    const flags = fixtureExercises[0]?.redFlags ?? [];
    const onAnswersChange = vi.fn();
    render(<PainCheck rule={threeBandRule} redFlags={flags} onAnswersChange={onAnswersChange} />);
    const check = screen.getByRole("region", { name: "How is your pain?" });
    for (const name of ["Pain during exercise", "Pain straight after exercise"]) {
      screen.getByRole("slider", { name }).focus();
      await userEvent.keyboard("{Home}{ArrowRight}");
    }
    expect(check).toHaveAttribute("data-action", "continue");
    expect(check).toHaveTextContent("Carry on as planned.");
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Chest pain or sudden breathlessness while you exercise." }),
    );
    expect(check).toHaveAttribute("data-action", "emergency");
    expect(within(check).getByText(WORDS.emergency, { selector: "strong" })).toBeVisible();
    expect(check).not.toHaveTextContent("Continue");
    expect(check).not.toHaveTextContent(/carry on/i);
    expect(check).toHaveTextContent("Your score of 1 is in the 0 to 3 band.");
    const last = onAnswersChange.mock.lastCall?.[0];
    expect(last).toMatchObject({ action: "emergency", redFlags: ["chest-pain"], verdict: { action: "emergency" } });
    expect(last.verdict.reasons[0]).toMatchObject({ check: "warning-sign", action: "emergency" });
    // Unticking gives the band's verdict back.
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Chest pain or sudden breathlessness while you exercise." }),
    );
    expect(check).toHaveAttribute("data-action", "continue");
    expect(onAnswersChange.mock.lastCall?.[0]).toMatchObject({ action: "continue" });
  });

  it("does not throw for saved readings off the scale: the warning signs stay, and the answer counts as the worst", async () => {
    const flags = fixtureExercises[0]?.redFlags ?? [];
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const junk = { during: 42, after: Number.NaN, nextMorning: -3, trend: "sideways" } as unknown as PainReadings;
    render(<PainCheck rule={threeBandRule} redFlags={flags} defaultReadings={junk} />);
    const check = screen.getByRole("region", { name: "How is your pain?" });
    expect(check).toHaveAttribute("data-action", STOP);
    expect(check).toHaveTextContent(
      "To see what to do, answer: Pain during exercise, Pain straight after exercise, Pain the next morning, compared with last week.",
    );
    expect(check).not.toHaveTextContent("Continue");
    expect(screen.getByRole("slider", { name: "Pain during exercise" })).toHaveAttribute(
      "aria-valuetext",
      "Not answered yet",
    );
    expect(
      screen.getByRole("checkbox", { name: "Chest pain or sudden breathlessness while you exercise." }),
    ).toBeVisible();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
