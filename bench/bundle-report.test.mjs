import { describe, expect, it } from "vitest";
import { bundleBreaches, bundleTable, judgeBundle, orphanBudgets } from "./bundle-report.mjs";

const size = (gzip, chunks = 1) => ({ min: gzip * 3, gzip, brotli: gzip - 10, chunks });
const rows = [
  { name: "@movekit/react/exercise-card", component: "ExerciseCard", upFront: size(4000), lazy: size(0, 0) },
  { name: "@movekit/react/exercise-video", component: "ExerciseVideo", upFront: size(15000, 2), lazy: size(180000) },
  { name: "ref: radix-ui Slider", reference: true, upFront: size(10000), lazy: size(0, 0) },
];
const budgets = {
  bundle: {
    "@movekit/react/exercise-card": { upFront: 4096 },
    "@movekit/react/exercise-video": { upFront: 14336, own: 20480 },
  },
};

describe("byte budgets", () => {
  it("judges the up-front bytes, not the lazy ones", () => {
    expect(judgeBundle(rows[0], budgets.bundle["@movekit/react/exercise-card"])).toEqual([
      { kind: "up front", actual: 4000, limit: 4096, ratio: 4000 / 4096, ok: true },
    ]);
    // 180 kB of lazily loaded hls.js does not count; 15,000 up front does.
    expect(bundleBreaches(rows, budgets)).toEqual([
      "@movekit/react/exercise-video (ExerciseVideo) up front: 14.65 kB > 14.00 kB (105 %)",
    ]);
  });

  it("also judges a kept `own` budget when the row measured it", () => {
    const withOwn = { ...rows[1], upFront: size(14000), own: size(21000) };
    expect(bundleBreaches([withOwn], budgets)).toEqual([
      "@movekit/react/exercise-video (ExerciseVideo) own, up front: 20.51 kB > 20.00 kB (103 %)",
    ]);
  });

  it("prints entry, up front, lazy, budget and verdict per row", () => {
    const table = bundleTable(rows, budgets);
    expect(table).toContain(
      "| @movekit/react/exercise-card (ExerciseCard) | 3.91 kB | 1 | – | 11.72 kB | up front ≤ 4.00 kB | 98 % ok |",
    );
    expect(table).toContain("| @movekit/react/exercise-video (ExerciseVideo) | 14.65 kB | 2 | 175.78 kB (1) |");
    expect(table).toContain("105 % BREACH");
    const withOwn = bundleTable([{ ...rows[1], own: size(16000) }], budgets);
    expect(withOwn).toContain("| 14.65 kB (own 15.63 kB) | 2 |");
    expect(withOwn).toContain("| up front ≤ 14.00 kB; own, up front ≤ 20.00 kB | 105 % BREACH; 78 % ok |");
    expect(table).toContain("| ref: radix-ui Slider | 9.77 kB | 1 | – | 29.30 kB | (reference) | — |");
  });

  it("reports a budget whose entry was not measured, so a rename cannot drop it", () => {
    expect(orphanBudgets(rows, { bundle: { ...budgets.bundle, "@movekit/react/gone": { upFront: 1 } } })).toEqual([
      "@movekit/react/gone",
    ]);
  });
});
