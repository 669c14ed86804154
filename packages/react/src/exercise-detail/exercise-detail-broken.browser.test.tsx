import type { Exercise } from "@movekit/core";
import { BROKEN_CASES, contraindicationTexts, INCOMPLETE } from "@movekit/fixtures/broken-exercises";
import { withAbsoluteContraindication } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import { axeViolations } from "../internal/testing/browser";
import { ExerciseDetail } from "./exercise-detail";

describe("ExerciseDetail with broken content, in Chromium", () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(BROKEN_CASES)("$name: every intact contraindication stays on screen, one dev error", async (c) => {
    const { container } = render(
      <main>
        <ExerciseDetail exercise={c.break(withAbsoluteContraindication)} />
      </main>,
    );
    await expect.element(page.getByText(INCOMPLETE)).toBeVisible();
    const safety = page.getByRole("region", { name: "Safety: read before you start" });
    for (const text of contraindicationTexts([withAbsoluteContraindication])) {
      await expect.element(safety.getByText(text)).toBeVisible();
    }
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain(c.field);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows an unknown urgency in the emergency notice instead of dropping it", async () => {
    const exercise = {
      ...withAbsoluteContraindication,
      redFlags: [{ id: "odd", urgency: "someday", text: { "en-GB": "An odd sign." }, action: { "en-GB": "Act." } }],
    } as unknown as Exercise;
    render(<ExerciseDetail exercise={exercise} />);
    await expect.element(page.getByRole("region", { name: /^Emergency: / }).getByText("An odd sign.")).toBeVisible();
  });
});
