import { hipFlexorRunningPlan } from "@movekit/content";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { ReturnToRunPlan } from "./return-to-run-plan";

afterEach(() => page.viewport(1280, 800));

/** The horizontal extent of each bar's minutes label, in week order. */
function barLabelBoxes(container: HTMLElement) {
  return [...container.querySelectorAll("g[data-week]")].map((week) => {
    const label = week.querySelector(".mk-chart__label") as SVGTextElement;
    const box = label.getBoundingClientRect();
    return { week: week.getAttribute("data-week"), text: label.textContent, left: box.left, right: box.right };
  });
}

describe("RunChart in Chromium", () => {
  it.each([
    [1280, "en-GB"],
    [900, "en-GB"],
    [320, "es"],
  ] as const)("at %i px (%s), no bar's minutes label runs into the next one's", async (width, locale) => {
    await page.viewport(width, 800);
    const { container } = render(
      <div style={{ maxWidth: "56rem" }}>
        <ReturnToRunPlan plan={hipFlexorRunningPlan} locale={locale} />
      </div>,
    );
    const boxes = barLabelBoxes(container);
    expect(boxes.length).toBeGreaterThan(8);
    for (const [index, box] of boxes.slice(1).entries()) {
      const before = boxes[index];
      expect(box.left, `week ${before?.week} "${before?.text}" and week ${box.week} "${box.text}"`).toBeGreaterThan(
        before?.right ?? 0,
      );
    }
  });

  it("labels the bars with numbers and names the unit in the caption", () => {
    const { container } = render(<ReturnToRunPlan plan={hipFlexorRunningPlan} />);
    expect(barLabelBoxes(container).at(-1)?.text).toBe("60");
    expect(container.querySelector("figcaption")?.textContent).toMatch(/^Running time each week, in minutes\./);
  });
});
