import { gluteBridge, ladderExercises } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { atViewportWidth, axeViolations, horizontalOverflow } from "../internal/testing/browser";
import { ProgressionLadder } from "./progression-ladder";

afterEach(() => atViewportWidth(1024, 768));

describe("ProgressionLadder in Chromium", () => {
  it("moves between step links with Tab and Shift+Tab, skipping the current step", async () => {
    const { getByRole } = render(
      <ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={(e) => `#${e.id}`} />,
    );
    await userEvent.tab();
    expect(getByRole("link", { name: "Bridge hold" })).toHaveFocus();
    await userEvent.tab();
    expect(getByRole("link", { name: "Single-leg glute bridge" })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(getByRole("link", { name: "Bridge hold" })).toHaveFocus();
  });

  it("reflows at 320 px and passes axe", async () => {
    await atViewportWidth(320);
    const { container } = render(
      <main>
        <ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={(e) => `#${e.id}`} />
      </main>,
    );
    expect(horizontalOverflow(container)).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });
});
