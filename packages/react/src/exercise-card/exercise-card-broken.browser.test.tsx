import { BROKEN_CASES, INCOMPLETE } from "@movekit/fixtures/broken-exercises";
import { withAbsoluteContraindication } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import { axeViolations } from "../internal/testing/browser";
import { ExerciseCard } from "./exercise-card";

describe("ExerciseCard with broken content, in Chromium", () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(BROKEN_CASES)("$name: the card still says what every intact contraindication means", async (c) => {
    const { container } = render(
      <main>
        <ExerciseCard exercise={c.break(withAbsoluteContraindication)} href="/x" />
      </main>,
    );
    await expect.element(page.getByText(INCOMPLETE)).toBeVisible();
    // One absolute contraindication; the relative one and three red flags are the cautions.
    await expect.element(page.getByText("Do not do this exercise if… (1 reason): read before starting")).toBeVisible();
    await expect.element(page.getByText("Has 4 cautions: read before starting")).toBeVisible();
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(String(consoleError.mock.calls[0]?.[0])).toContain(c.field);
    expect(await axeViolations(container)).toEqual([]);
  });
});
