import { describe, expect, it } from "vitest";
import { libraryTable, median, posterTable, programmeTable, summarise } from "./render-report.mjs";

const timing = (paint) => ({ commit: paint / 2, paint, echo: paint / 2 });
/** One run: initial paint, then two typing cycles of two steps each. */
const run = (initial, cold, warm) => ({
  initial: timing(initial),
  nodes: 200,
  keystrokes: [cold.map(timing), warm.map(timing)],
});

describe("render report", () => {
  it("takes medians, reports the first keystroke apart and the steps from the warm cycle", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const cell = summarise([run(90, [40, 20], [12, 14]), run(80, [30, 20], [10, 18]), run(70, [50, 20], [11, 16])]);
    expect(cell.initialPaint).toBe(80);
    expect(cell.cold).toBe(40);
    expect(cell.steps).toEqual([11, 16]);
    expect(cell.worstStep).toBe(16);
    // The slowest single run of that step (the runs start at different phases of the frame).
    expect(cell.worstRun).toBe(18);
    // Without a separate "every part painted" time, the first paint is the complete one.
    expect(cell.complete).toBe(80);
    expect(cell.warm).toBe(true);
  });

  it("takes the median calibration of the runs that have one", () => {
    const runs = [12, 30, 18].map((calibration) => ({ ...run(80, [40], [10]), calibration }));
    expect(summarise(runs).calibration).toBe(18);
    expect(summarise([run(80, [40], [10])]).calibration).toBeUndefined();
  });

  it("prints the ratio to the baseline of the same CPU rate and size", () => {
    const common = { runs: 5, nodes: 100, initialCommit: 1, initialMin: 1, initialMax: 1, cold: 1, warm: true };
    const table = libraryTable([
      { ...common, cpu: 1, size: 100, variant: "library", initialPaint: 50, steps: [10], worstStep: 10, worstEcho: 5 },
      {
        ...common,
        cpu: 1,
        size: 100,
        variant: "baseline",
        initialPaint: 200,
        steps: [40],
        worstStep: 40,
        worstEcho: 40,
      },
    ]);
    expect(table).toContain("| 1× | 100 | library |");
    expect(table).toContain("0.25× / 0.25×");
  });

  it("reports a programme's first paint, the time until every part is painted and a second mount, each against the baseline", () => {
    const runs = (paint, complete, again) =>
      [1, 2, 3].map(() => ({ shell: 40, initial: timing(paint), complete, again, nodes: 60 }));
    const table = programmeTable([
      { cpu: 1, variant: "programme-view", runs: 3, ...summarise(runs(30, 150, 45)) },
      { cpu: 1, variant: "baseline", runs: 3, ...summarise(runs(100, undefined, 50)) },
    ]);
    expect(table).toContain(
      "| 1× | programme-view | 3 | 60 | 15.0 | 30.0 (30.0–30.0) | 0.30× | 150 | 1.50× | 45.0 | 0.90× | 40.0 | – |",
    );
    expect(table).toContain("| 1× | baseline | 3 | 60 | 50.0 | 100 (100–100) | 1× | 100 | 1× | 50.0 | 1× | 40.0 | – |");
  });

  it("shows a dash for a second mount that was not measured", () => {
    const runs = [1, 2, 3].map(() => ({ shell: 40, initial: timing(30), complete: 150, nodes: 60 }));
    const table = programmeTable([
      { cpu: 1, variant: "programme-view", runs: 3, ...summarise(runs) },
      { cpu: 1, variant: "baseline", runs: 3, ...summarise(runs) },
    ]);
    expect(table).toContain("| 150 | 1.00× | – | – | 40.0 |");
  });

  it("prints the poster time against the plain <video poster> of the same CPU rate", () => {
    const runs = (paint) => [1, 2, 3].map(() => ({ initial: timing(paint), nodes: 5, calibration: 20 }));
    const table = posterTable([
      { cpu: 1, variant: "exercise-video", runs: 3, ...summarise(runs(55)) },
      { cpu: 1, variant: "baseline", runs: 3, ...summarise(runs(50)) },
    ]);
    expect(table).toContain("| 1× | exercise-video | 3 | 27.5 | 55.0 (55.0–55.0) | 1.10× | 20.0 |");
    expect(table).toContain("| 1× | baseline | 3 | 25.0 | 50.0 (50.0–50.0) | 1× | 20.0 |");
  });
});
