import { longText, withAbsoluteContraindication } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { atViewportWidth, axeViolations, horizontalOverflow, isVisibleWithinWidth } from "../internal/testing/browser";
import { ContraindicationList } from "./contraindication-list";

afterEach(() => atViewportWidth(1024, 768));

describe("ContraindicationList in Chromium", () => {
  it("names each group by its tier in words", async () => {
    render(<ContraindicationList contraindications={withAbsoluteContraindication.contraindications} />);
    await expect.element(page.getByRole("region", { name: "Do not do this exercise if:" })).toBeVisible();
    await expect
      .element(page.getByRole("region", { name: "Ask your clinician first, or change the exercise, if:" }))
      .toBeVisible();
  });

  it("keeps every contraindication and modification visible at 320 px without sideways overflow", async () => {
    await atViewportWidth(320);
    const { container } = render(<ContraindicationList contraindications={longText.contraindications} />);
    for (const item of container.querySelectorAll("h3, li, [data-slot='contraindication-modification']")) {
      expect(isVisibleWithinWidth(item)).toBe(true);
    }
    expect(horizontalOverflow(container)).toEqual([]);
  });

  it("passes axe", async () => {
    const { container } = render(
      <main>
        <ContraindicationList contraindications={withAbsoluteContraindication.contraindications} />
        <ContraindicationList noContraindications={{ reviewer: "A. Reviewer", reviewedOn: "2025-01-15" }} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
