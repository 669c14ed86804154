import { render } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { fixtureExercises, programmeFixture, twelveWeekProgramme } from "./programme-fixtures";
import { ProgrammeView } from "./programme-view";

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
        <ProgrammeView programme={programmeFixture} exercises={fixtureExercises} startDate="2025-01-27" today="2025-02-05" />
      </main>,
    );
    const result = await axe.run(container);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });

  it("prints as an A4 handout: every exercise with its cues, dose, safety and QR code, and no controls", async () => {
    const { container } = render(
      <ProgrammeView programme={programmeFixture} exercises={fixtureExercises} startDate="2025-01-27" today="2025-02-05" />,
    );
    const root = container.querySelector("[data-slot='programme-view']") as HTMLElement;
    const qr = () => container.querySelector("[data-exercise='clamshell'] [data-slot='handout-qr']") as HTMLElement;
    // On screen: the print button is there, the QR code is not.
    expect(visible(container.querySelector("[data-slot='print-button']") as Element)).toBe(true);
    expect(visible(qr())).toBe(false);

    await emulateMedia("print");
    expect(window.matchMedia("print").matches).toBe(true);
    expect(getComputedStyle(root).getPropertyValue("page")).toBe("mk-programme");

    const exercises = [...container.querySelectorAll("[data-slot='handout-exercise']")];
    expect(exercises.map((e) => e.getAttribute("data-exercise"))).toEqual(fixtureExercises.map((e) => e.id).sort((a, b) =>
      ["clamshell", "glute-bridge", "front-plank", "eccentric-leg-lowering"].indexOf(a) -
      ["clamshell", "glute-bridge", "front-plank", "eccentric-leg-lowering"].indexOf(b),
    ));
    for (const exercise of exercises) {
      expect(visible(exercise)).toBe(true);
      for (const part of ["dosage-summary", "cue-list", "contraindication-list"]) {
        const el = exercise.querySelector(`[data-slot='${part}']`);
        expect(el && visible(el), `${exercise.getAttribute("data-exercise")} ${part}`).toBe(true);
      }
    }
    expect(visible(qr())).toBe(true);
    expect(visible(container.querySelector("[data-exercise='clamshell'] [data-slot='safety-notice']") as Element)).toBe(true);
    // Every session row and every week is printed too.
    for (const row of container.querySelectorAll("[data-slot='exercise-row'], [data-slot='week']")) expect(visible(row)).toBe(true);

    const controls = [
      ...container.querySelectorAll("button, input, select, textarea, summary, [role='slider'], [role='button']"),
    ].filter(visible);
    expect(controls.map((c) => c.outerHTML.slice(0, 80))).toEqual([]);
    // Safety stays in the printout.
    expect(visible(container.querySelector("[data-slot='programme-safety']") as Element)).toBe(true);
    expect(visible(container.querySelector("[data-slot='pain-rule']") as Element)).toBe(true);
  });

  it("renders a 12-week programme to the next paint quickly", async () => {
    const programme = twelveWeekProgramme();
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const view = render(
        <MovekitProvider>
          <ProgrammeView programme={programme} exercises={fixtureExercises} startDate="2025-01-06" today="2025-02-10" />
        </MovekitProvider>,
      );
      // Next paint: a frame, then a task after it.
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      runs.push(performance.now() - start);
      view.unmount();
    }
    runs.sort((a, b) => a - b);
    const median = runs[2] as number;
    console.info(`ProgrammeView 12 weeks: median ${median.toFixed(1)} ms (runs ${runs.map((r) => r.toFixed(1)).join(", ")})`);
    // The budget (≤ 50 ms at 1×) is measured by `pnpm bench` against a baseline; this guards against gross regressions.
    expect(median).toBeLessThan(150);
  });
});
