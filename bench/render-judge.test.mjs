import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calibrationFactor, judgeRender, renderBreaches, verdictTable } from "./render-judge.mjs";

const budgets = {
  render: {
    calibration: { referenceMs: 20 },
    "exercise-library": {
      size: 5000,
      keystrokeVsBaseline: { "1x": 0.01, "4x": 0.01 },
      keystrokeMs: { "1x": 16.7 },
      initialMs: { "1x": 100 },
    },
    "programme-view": { weeks: 12, firstPaintVsBaseline: { "1x": 0.5 }, completeVsBaseline: { "1x": 1.5 } },
    "exercise-video": { posterVsBaseline: { "1x": 1.1 } },
  },
};
const libraryCell = (variant, cpu, worstStep, calibration = 20, size = 5000) => ({
  variant,
  cpu,
  size,
  worstStep,
  initialPaint: worstStep * 5,
  calibration,
});
const healthy = {
  library: [
    libraryCell("library", 1, 14),
    libraryCell("baseline", 1, 4000),
    libraryCell("library", 4, 38),
    libraryCell("baseline", 4, 20000),
  ],
  programme: [
    { variant: "programme-view", cpu: 1, initialPaint: 30, complete: 140 },
    { variant: "baseline", cpu: 1, initialPaint: 100, complete: 100 },
  ],
  video: [
    { variant: "exercise-video", cpu: 1, initialPaint: 52 },
    { variant: "baseline", cpu: 1, initialPaint: 50 },
  ],
};

describe("render verdicts", () => {
  it("passes figures within every budget and makes each check the budget names", () => {
    const checks = judgeRender(healthy, budgets);
    expect(checks.map((check) => `${check.what} ${check.cpu}× ${check.kind}`)).toEqual([
      "ExerciseLibrary 5,000: slowest keystroke 1× ratio",
      "ExerciseLibrary 5,000: slowest keystroke 4× ratio",
      "ExerciseLibrary 5,000: slowest keystroke 1× absolute",
      "ExerciseLibrary 5,000: initial render 1× absolute",
      "ProgrammeView 12 weeks: first paint 1× ratio",
      "ProgrammeView 12 weeks: every part painted 1× ratio",
      "ExerciseVideo: poster painted 1× ratio",
    ]);
    expect(renderBreaches(checks)).toEqual([]);
  });

  it("judges ratios against the baseline of the same size and CPU rate, and names what broke", () => {
    const input = {
      ...healthy,
      library: [...healthy.library, libraryCell("baseline", 1, 10, 20, 100)],
      programme: [
        { variant: "programme-view", cpu: 1, initialPaint: 51, complete: 151 },
        { variant: "baseline", cpu: 1, initialPaint: 100, complete: 100 },
      ],
      video: [
        { variant: "exercise-video", cpu: 1, initialPaint: 56 },
        { variant: "baseline", cpu: 1, initialPaint: 50 },
      ],
    };
    expect(renderBreaches(judgeRender(input, budgets))).toEqual([
      "ProgrammeView 12 weeks: first paint, 1× CPU: 51.0 ms / baseline 100 ms = 0.51× (limit 0.50×)",
      "ProgrammeView 12 weeks: every part painted, 1× CPU: 151 ms / baseline 100 ms = 1.51× (limit 1.50×)",
      "ExerciseVideo: poster painted, 1× CPU: 56.0 ms / baseline 50.0 ms = 1.12× (limit 1.10×)",
    ]);
  });

  it("scales an absolute limit by the run's calibration: a busy machine gets room, a fast one none", () => {
    // 17 ms is over one frame on the reference machine, but this run's machine was 1.5× slower.
    const busy = { ...healthy, library: [libraryCell("library", 1, 17, 30), libraryCell("baseline", 1, 4000)] };
    const absolute = judgeRender(busy, budgets).find((c) => c.kind === "absolute" && c.what.includes("keystroke"));
    expect(absolute).toMatchObject({ factor: 1.5, ok: true });
    expect(absolute.scaled).toBeCloseTo(25.05);
    // The same 14 ms on a machine twice as fast as the reference is over its scaled frame (8.35 ms).
    const fast = { ...healthy, library: [libraryCell("library", 1, 14, 10), libraryCell("baseline", 1, 4000)] };
    expect(renderBreaches(judgeRender(fast, budgets))).toContain(
      "ExerciseLibrary 5,000: slowest keystroke, 1× CPU: 14.0 ms (limit 16.7 ms × calibration 0.50× = 8.3 ms)",
    );
  });

  it("uses the limit as written when there is no calibration, and says so", () => {
    const uncalibrated = { render: { ...budgets.render, calibration: undefined } };
    expect(calibrationFactor(libraryCell("library", 1, 14), uncalibrated)).toBeUndefined();
    const checks = judgeRender(healthy, uncalibrated);
    expect(verdictTable(checks)).toContain("14.0 ms (limit 16.7 ms × uncalibrated = 16.7 ms) | ok |");
  });

  it("fails a budget whose figures or baseline were not measured, instead of passing it silently", () => {
    const breaches = renderBreaches(judgeRender({ library: [libraryCell("library", 1, 14)] }, budgets));
    expect(breaches).toContain(
      "ExerciseLibrary 5,000: slowest keystroke, 4× CPU: not measured (component – ms, baseline – ms)",
    );
    expect(breaches).toContain("ExerciseVideo: poster painted, 1× CPU: not measured (component – ms, baseline – ms)");
    expect(breaches.length).toBe(5);
  });

  it("for any figures, a ratio check passes exactly when component ÷ baseline is within the limit", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1e4, noNaN: true }),
        fc.double({ min: 0.1, max: 1e4, noNaN: true }),
        (poster, plain) => {
          const video = [
            { variant: "exercise-video", cpu: 1, initialPaint: poster },
            { variant: "baseline", cpu: 1, initialPaint: plain },
          ];
          const [check] = judgeRender({ video }, { render: { "exercise-video": budgets.render["exercise-video"] } });
          expect(check.ok).toBe(poster / plain <= 1.1);
        },
      ),
    );
  });

  it("for any machine speed, the same work judged at its calibration gives the same verdict", () => {
    // Work that takes `work` ms on the reference machine takes work × speed ms on a machine `speed` times
    // slower, whose calibration workload also takes 20 × speed ms: the verdict must not depend on speed.
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.double({ min: 0.25, max: 6, noNaN: true }),
        (work, speed) => {
          const cells = (s) => ({ library: [libraryCell("library", 1, work * s, 20 * s)] });
          const only = {
            render: {
              calibration: { referenceMs: 20 },
              "exercise-library": { size: 5000, keystrokeMs: { "1x": 16.7 } },
            },
          };
          const [reference] = judgeRender(cells(1), only);
          const [scaled] = judgeRender(cells(speed), only);
          // Floating point may move a figure sitting exactly on the limit; anything clear of it must agree.
          fc.pre(Math.abs(work - 16.7) > 1e-6);
          expect(scaled.ok).toBe(reference.ok);
        },
      ),
    );
  });
});
