import { fixtureExercises, programmeFixture, twelveWeekProgramme } from "@movekit/fixtures/programmes";
import { render } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { ProgrammeView } from "./programme-view";
import { renderFixtureProgramme } from "./testing/render-fixture-programme";

async function emulateMedia(media: "print" | "") {
  await cdp().send("Emulation.setEmulatedMedia", { media });
}

afterEach(async () => {
  await emulateMedia("");
});

const visible = (el: Element) => (el as HTMLElement).checkVisibility({ visibilityProperty: true });

describe("ProgrammeView in Chromium", () => {
  it("has no axe violations on screen", async () => {
    const { container } = render(
      <main>
        <ProgrammeView
          programme={programmeFixture}
          exercises={fixtureExercises}
          startDate="2025-01-27"
          today="2025-02-05"
        />
      </main>,
    );
    await expect.poll(() => container.querySelector("[data-slot='handout']")).not.toBeNull();
    // The project's rule set (as in Storybook): WCAG 2.0–2.2 A and AA.
    const result = await axe.run(container, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      rules: { "target-size": { enabled: true } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });

  it("prints as an A4 handout: every exercise with its cues, dose, safety and QR code, and no controls", async () => {
    const { container } = renderFixtureProgramme();
    const root = container.querySelector("[data-slot='programme-view']") as HTMLElement;
    await expect.poll(() => container.querySelector("[data-slot='handout']")).not.toBeNull();
    const qr = () => container.querySelector("[data-exercise='clamshell'] [data-slot='handout-qr']") as HTMLElement;
    // On screen: the print button is there, the QR code is not.
    expect(visible(container.querySelector("[data-slot='print-button']") as Element)).toBe(true);
    expect(visible(qr())).toBe(false);

    // Collapsed parts are not rendered: printing (window.print or the browser's menu) fires beforeprint first.
    expect(container.querySelectorAll("[data-slot='phase']:not([data-open])").length).toBeGreaterThan(0);
    window.dispatchEvent(new Event("beforeprint"));
    await emulateMedia("print");
    expect(window.matchMedia("print").matches).toBe(true);
    expect(container.querySelectorAll("[data-slot='phase']:not([data-open])")).toHaveLength(0);
    expect(container.querySelectorAll("[data-slot='week']:not([data-open])")).toHaveLength(0);
    expect(getComputedStyle(root).getPropertyValue("page")).toBe("mk-programme");

    const exercises = [...container.querySelectorAll("[data-slot='handout-exercise']")];
    expect(exercises.map((e) => e.getAttribute("data-exercise"))).toEqual(
      fixtureExercises
        .map((e) => e.id)
        .sort(
          (a, b) =>
            ["clamshell", "glute-bridge", "front-plank", "eccentric-leg-lowering"].indexOf(a) -
            ["clamshell", "glute-bridge", "front-plank", "eccentric-leg-lowering"].indexOf(b),
        ),
    );
    for (const exercise of exercises) {
      expect(visible(exercise)).toBe(true);
      for (const part of ["dosage-summary", "cue-list", "contraindication-list"]) {
        const el = exercise.querySelector(`[data-slot='${part}']`);
        expect(el && visible(el), `${exercise.getAttribute("data-exercise")} ${part}`).toBe(true);
      }
    }
    expect(visible(qr())).toBe(true);
    // The code's encoder loads after first paint (it is print-only), well before anyone prints.
    await expect.poll(() => qr().querySelector("[data-slot='qr-code']")).not.toBeNull();
    expect(visible(container.querySelector("[data-exercise='clamshell'] [data-slot='safety-notice']") as Element)).toBe(
      true,
    );
    // Every session row, every week and every dated session is printed too.
    expect(container.querySelectorAll("[data-slot='exercise-row']")).toHaveLength(7);
    expect(container.querySelectorAll("[data-slot='week']")).toHaveLength(10);
    for (const row of container.querySelectorAll(
      "[data-slot='exercise-row'], [data-slot='week'], [data-slot='week-session']",
    ))
      expect(visible(row)).toBe(true);

    // A part's button prints as its heading's text: no chevron, nothing else that looks like a control.
    const controls = [
      ...container.querySelectorAll("button, input, select, textarea, summary, [role='slider'], [role='button']"),
    ].filter((c) => visible(c) && (c as HTMLElement).dataset.slot !== "disclosure-trigger");
    expect(controls.map((c) => c.outerHTML.slice(0, 80))).toEqual([]);
    expect([...container.querySelectorAll(".mk-disclosure__chevron")].filter(visible)).toEqual([]);
    // Safety stays in the printout.
    expect(visible(container.querySelector("[data-slot='programme-safety']") as Element)).toBe(true);
    expect(visible(container.querySelector("[data-slot='pain-rule']") as Element)).toBe(true);
    window.dispatchEvent(new Event("afterprint"));
    await expect.poll(() => container.querySelectorAll("[data-slot='phase'][data-open]").length).toBe(1);
  });

  it("prints each exercise's picture (its poster, with its description as alt text); on screen it is hidden", async () => {
    const { container } = renderFixtureProgramme();
    await expect.poll(() => container.querySelector("[data-slot='handout']")).not.toBeNull();
    const picture = (id: string) =>
      container.querySelector<HTMLImageElement>(`[data-exercise='${id}'] [data-slot='handout-picture']`);
    const bridge = picture("glute-bridge") as HTMLImageElement;
    const poster = fixtureExercises.find((e) => e.id === "glute-bridge")?.media?.poster as string;
    expect(bridge.getAttribute("src")).toBe(poster);
    expect(bridge.alt).toBe(fixtureExercises.find((e) => e.id === "glute-bridge")?.media?.alt["en-GB"]);
    expect(visible(bridge)).toBe(false);
    // An exercise with no poster prints no empty frame.
    expect(picture("clamshell")).toBeNull();

    window.dispatchEvent(new Event("beforeprint"));
    await emulateMedia("print");
    expect(visible(bridge)).toBe(true);
    // Beside the words, not over them: the picture's column starts where the text column ends.
    const main = container.querySelector("[data-exercise='glute-bridge'] .mk-handout__main") as HTMLElement;
    expect(bridge.getBoundingClientRect().left).toBeGreaterThanOrEqual(main.getBoundingClientRect().right);
    window.dispatchEvent(new Event("afterprint"));
  });

  it("paints a 12-week programme in two stages: safety and the stepper, then the phases open on this week with the guide", async () => {
    const { container } = render(
      <ProgrammeView
        programme={twelveWeekProgramme()}
        exercises={fixtureExercises}
        startDate="2025-01-06"
        today="2025-02-10"
      />,
    );
    // What the first paint has to lay out (the time itself is measured by `pnpm bench` in a production build).
    expect(container.querySelectorAll("*").length).toBeLessThan(120);
    expect(visible(container.querySelector("[data-slot='programme-safety']") as Element)).toBe(true);
    expect(visible(container.querySelector("[data-slot='pain-rule']") as Element)).toBe(true);
    expect(container.querySelectorAll("[data-slot='phase-step']")).toHaveLength(3);
    expect(container.querySelectorAll("[data-slot='exercise-row']")).toHaveLength(0);
    const rowsInFirstFrame = new Promise<number>((resolve) =>
      requestAnimationFrame(() => resolve(container.querySelectorAll("[data-slot='exercise-row']").length)),
    );
    expect(await rowsInFirstFrame).toBe(0);
    // The phases arrive just after that first frame, open on week 6 only: its phase's 8 rows and 4 sessions…
    await expect.poll(() => container.querySelectorAll("[data-slot='exercise-row']").length).toBe(8);
    expect(container.querySelectorAll("[data-slot='phase']")).toHaveLength(3);
    expect(container.querySelectorAll("[data-slot='week']")).toHaveLength(4);
    expect(container.querySelectorAll("[data-slot='week-session']")).toHaveLength(4);
    expect(container.querySelector("[data-slot='week'][data-open]")).toHaveAttribute("data-week", "6");
    expect(container.querySelector("[data-slot='programme-week']")).toHaveTextContent("Week 6 of 12");
    expect(container.querySelector("[data-slot='programme-evidence']")).not.toBeNull();
    // …with the exercise guide in the same commit (one stage after the first paint, not two).
    expect(container.querySelectorAll("[data-slot='handout-exercise']")).toHaveLength(4);
    expect(container.querySelector("[data-slot='programme-view']")).not.toHaveAttribute("data-pending");
  });

  it("sets the current week's badge in the theme's bold, not the heavier face the browser's bolder would pick", async () => {
    const { container } = render(
      <div data-mk-theme="" style={{ "--mk-font-weight-bold": "600" } as React.CSSProperties}>
        <ProgrammeView
          programme={twelveWeekProgramme()}
          exercises={fixtureExercises}
          startDate="2025-01-06"
          today="2025-02-10"
        />
      </div>,
    );
    await expect.poll(() => container.querySelector("[data-slot='week-current']")).not.toBeNull();
    const badge = container.querySelector("[data-slot='week-current']") as Element;
    // Inside a bold heading, where `bolder` would make it 900 whatever the theme says.
    expect(Number(getComputedStyle(badge.closest("h3, h4, h5") as Element).fontWeight)).toBeGreaterThanOrEqual(600);
    expect(getComputedStyle(badge).fontWeight).toBe("600");
  });
});
