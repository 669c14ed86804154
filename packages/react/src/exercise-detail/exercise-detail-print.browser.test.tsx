import { gluteBridge, ladderExercises } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { ExerciseDetail } from "./exercise-detail";

async function emulateMedia(media: "print" | "") {
  await cdp().send("Emulation.setEmulatedMedia", { media });
}

afterEach(async () => {
  await emulateMedia("");
});

const visible = (el: Element | null) =>
  Boolean(el && (el as HTMLElement).checkVisibility({ visibilityProperty: true }));

function Player() {
  return (
    <div data-slot="exercise-video">
      {/* biome-ignore lint/a11y/useMediaCaption: a stand-in player with no source. */}
      <video aria-label="Demo" />
      <button type="button">Play</button>
    </div>
  );
}

describe("ExerciseDetail in print", () => {
  it("prints safety, dose, steps and the poster, without the player or its buttons", async () => {
    const { container } = render(
      <ExerciseDetail
        exercise={gluteBridge}
        exercises={ladderExercises}
        getHref={(e) => `https://example.org/${e.id}`}
        media={() => <Player />}
      />,
    );
    const q = (selector: string) => container.querySelector(selector);
    // On screen: the player and its button; the print poster is hidden.
    expect(visible(q("video"))).toBe(true);
    expect(visible(q("button"))).toBe(true);
    expect(visible(q(".mk-exercise-detail__print-poster"))).toBe(false);

    await emulateMedia("print");
    expect(window.matchMedia("print").matches).toBe(true);
    expect(visible(q("video"))).toBe(false);
    expect(visible(q("button"))).toBe(false);
    expect(visible(q(".mk-exercise-detail__print-poster"))).toBe(true);
    for (const selector of [
      "[data-slot='exercise-detail-urgent']",
      "[data-section='safety']",
      "[data-section='dosage']",
      "[data-section='steps']",
    ]) {
      expect(visible(q(selector)), selector).toBe(true);
    }
    for (const notice of container.querySelectorAll("[data-slot='safety-notice'], [data-slot='safety-notice-item']")) {
      expect(visible(notice)).toBe(true);
      expect(getComputedStyle(notice).breakInside).toBe("avoid");
    }
    // Links carry their address on paper.
    const link = container.querySelector("a[href^='https://example.org']") as HTMLElement;
    expect(getComputedStyle(link, "::after").content).toContain("https://example.org/");
  });
});
