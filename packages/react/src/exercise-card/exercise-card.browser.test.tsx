import { gluteBridge, longText, withAbsoluteContraindication } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { atViewportWidth, axeViolations, horizontalOverflow, isVisibleWithinWidth } from "../internal/testing/browser";
import { ExerciseCard } from "./exercise-card";

afterEach(() => atViewportWidth(1024, 768));

/** Records link activations instead of navigating away from the test page. */
function recordActivations(root: Element): string[] {
  const followed: string[] = [];
  root.addEventListener("click", (event) => {
    const link = (event.target as Element).closest("a");
    if (link) {
      event.preventDefault();
      followed.push(link.getAttribute("href") ?? "");
    }
  });
  return followed;
}

describe("ExerciseCard in Chromium", () => {
  it("is one tab stop, followed with Enter, with a focus ring around the whole card", async () => {
    const { container, getByRole } = render(<ExerciseCard exercise={gluteBridge} href="/exercises/glute-bridge" />);
    const followed = recordActivations(container);
    await userEvent.tab();
    expect(getByRole("link", { name: "Glute bridge" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(followed).toEqual(["/exercises/glute-bridge"]);
    await userEvent.tab();
    expect(document.activeElement).toBe(document.body);
  });

  it("makes the whole card the link's target, picture and safety text included", () => {
    const { container, getByText } = render(<ExerciseCard exercise={gluteBridge} href="/exercises/glute-bridge" />);
    const parts = [getByText("Has 4 cautions: read before starting"), container.querySelector("img") as Element];
    for (const part of parts) {
      const box = part.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit?.closest("a")).toHaveAttribute("href", "/exercises/glute-bridge");
    }
  });

  it("keeps the safety indicator visible at 320 px with long text and nothing overflowing", async () => {
    await atViewportWidth(320);
    const { container, getByText } = render(<ExerciseCard exercise={longText} href="/x" />);
    expect(isVisibleWithinWidth(getByText("Do not do this exercise if… (1 reason): read before starting"))).toBe(true);
    expect(isVisibleWithinWidth(getByText("Has 4 cautions: read before starting"))).toBe(true);
    expect(horizontalOverflow(container)).toEqual([]);
  });

  it("passes axe in both variants, linked and not", async () => {
    const { container } = render(
      <main>
        <ExerciseCard exercise={gluteBridge} href="/a" />
        <ExerciseCard exercise={withAbsoluteContraindication} variant="compact" />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
