import { render } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { DosageSummary } from "./dosage-summary";

describe("DosageSummary in Chromium", () => {
  it("has no axe violations and styles the compact form from tokens", async () => {
    const { container, getByText } = render(
      <main>
        <DosageSummary dosage={{ sets: 3, reps: 10, perSide: true, holdSeconds: 5 }} />
      </main>,
    );
    const result = await axe.run(container);
    expect(result.violations.map((v) => v.id)).toEqual([]);
    const compact = getByText("3 × 10 · 5s hold each side");
    expect(getComputedStyle(compact).fontWeight).toBe("700");
  });

  it("wraps long text at 320 px without horizontal overflow", async () => {
    const { container } = render(
      <div style={{ width: 320 }}>
        <DosageSummary
          dosage={{
            sets: 3,
            reps: 12,
            perSide: true,
            tempo: { lower: 4, lift: 2 },
            frequency: { days: ["mon", "wed", "fri"] },
          }}
        />
      </div>,
    );
    const box = container.firstElementChild as HTMLElement;
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  });
});
