import { progressProgramme, progressRecords, progressStart } from "@movekit/fixtures/progress";
import { render, screen } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { cdp, page } from "vitest/browser";
import { ProgressView } from "./progress-view";

const twelve = progressRecords(12);
const view = () => (
  <main>
    <ProgressView programme={progressProgramme} startDate={progressStart} {...twelve} />
  </main>
);

afterEach(async () => {
  await cdp().send("Emulation.setEmulatedMedia", { media: "" });
  await page.viewport(1280, 800);
});

describe("ProgressView in Chromium", () => {
  it("has no axe violations", async () => {
    const { container } = render(view());
    const result = await axe.run(container, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });

  it("keeps the page from scrolling sideways at 320 px: the wide tables scroll in their own box", async () => {
    await page.viewport(320, 640);
    const { container } = render(view());
    const root = container.querySelector("[data-slot='progress-view']") as HTMLElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(320);
    const scroller = screen.getByRole("region", { name: "Sessions each week: planned and done" });
    expect(getComputedStyle(scroller).overflowX).toBe("auto");
    expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
    // The scroll box is reachable by keyboard and scrolls with the arrow keys.
    scroller.focus();
    expect(scroller).toHaveFocus();
    // No word or number breaks: a week's "3 of 3" sits on one line.
    const done = container.querySelector("[data-slot='progress-week-done']") as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(done);
    expect(range.getClientRects()).toHaveLength(1);
  });

  it("prints every week and the chart, without clipping the tables", async () => {
    const { container } = render(view());
    await cdp().send("Emulation.setEmulatedMedia", { media: "print" });
    const scroller = screen.getByRole("region", { name: "Sessions each week: planned and done" });
    expect(getComputedStyle(scroller).overflowX).toBe("visible");
    const rows = container.querySelectorAll("[data-slot='progress-week-row']");
    expect([...rows].every((row) => (row as HTMLElement).checkVisibility())).toBe(true);
    expect(
      (container.querySelector("[data-slot='pain-trend-chart']") as SVGElement).getBoundingClientRect().height,
    ).toBeGreaterThan(0);
  });
});
