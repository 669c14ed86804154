import { clamshell, createDemoMedia, mediaBaseResolver } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { fireEvent, render, screen, within } from "@testing-library/react";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExerciseVideo } from "./exercise-video";
import { controlOwnsKey } from "./player-keys";
import { playerReady } from "./testing/player-ready";

const media = createDemoMedia("clamshell", mediaBaseResolver("/movekit-media/"));
const exercise: Exercise = { ...clamshell, media };

describe("ExerciseVideo control bar", () => {
  // jsdom plays nothing: say MP4 can play so the player shows its controls, not the fallback.
  beforeEach(() => {
    vi.spyOn(HTMLMediaElement.prototype, "canPlayType").mockImplementation((type) =>
      type === "video/mp4" ? "maybe" : "",
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it("names every icon button, and hides the icons from assistive technology", async () => {
    render(<ExerciseVideo exercise={exercise} />);
    await playerReady();
    for (const name of ["Play", "Mute", "Captions", "Loop chapter", "Full screen", "Speed: 1×", "More controls"]) {
      const button = screen.getByRole("button", { name });
      for (const svg of Array.from(button.querySelectorAll("svg"))) expect(svg).toHaveAttribute("aria-hidden", "true");
    }
  });

  it("marks captions unavailable, with the reason in text, when the video has none", async () => {
    render(<ExerciseVideo exercise={{ ...exercise, media: { ...media, captions: [] } }} />);
    await playerReady();
    const button = screen.getByRole("button", { name: "Captions unavailable" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(button).toHaveAccessibleDescription("This video has no captions.");
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-pressed", "false");
  });

  it("shows the chapter times and the clock as m:ss", async () => {
    render(<ExerciseVideo exercise={exercise} />);
    await playerReady();
    expect(document.querySelector('[data-slot="time"]')).toHaveTextContent("0:00 / 0:10");
    const chapters = screen.getByRole("navigation", { name: "Chapters" });
    expect(within(chapters).getAllByRole("button")[1]).toHaveTextContent(/^0:02/);
  });

  it("opens the speed menu with the current speed checked and sets the speed chosen", async () => {
    render(<ExerciseVideo exercise={exercise} />);
    await playerReady();
    fireEvent.click(screen.getByRole("button", { name: "Speed: 1×" }));
    const menu = screen.getByRole("menu", { name: "Speed" });
    const items = within(menu).getAllByRole("menuitemradio");
    expect(items.map((item) => item.textContent)).toEqual(["0.5×", "0.75×", "1×", "1.25×"]);
    expect(within(menu).getByRole("menuitemradio", { name: "1×" })).toHaveAttribute("aria-checked", "true");
    fireEvent.click(within(menu).getByRole("menuitemradio", { name: "0.75×" }));
    expect(screen.queryByRole("menu")).toBeNull();
    expect(screen.getByRole("button", { name: "Speed: 0.75×" })).toHaveFocus();
  });
});

describe("controlOwnsKey", () => {
  const range = Object.assign(document.createElement("input"), { type: "range" });
  it("lets the seek bar keep its slider keys and pass every other key to the shortcuts", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 10 }), (key) => {
        const sliderKey = key.startsWith("Arrow") || ["Home", "End", "PageUp", "PageDown"].includes(key);
        expect(controlOwnsKey(range, key)).toBe(sliderKey);
      }),
    );
    expect(controlOwnsKey(range, "ArrowLeft")).toBe(true);
    expect(controlOwnsKey(range, "k")).toBe(false);
  });
});
