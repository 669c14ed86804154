import { fixtureExercises } from "@movekit/fixtures/programmes";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

const items = [{ exerciseId: "front-plank" }];

// Loaded afresh, so none of the player's lazy parts is in memory yet: what the first paint of a real page shows.
async function freshPlayer() {
  vi.resetModules();
  return (await import("./session-player")).SessionPlayer;
}

describe("SessionPlayer before its lazy parts load", () => {
  it("paints the exercise, its dose, controls and every red flag at once, holding the media's place", async () => {
    const SessionPlayer = await freshPlayer();
    const { container } = render(<SessionPlayer items={items} exercises={fixtureExercises} title="Today" />);
    const player = screen.getByRole("region", { name: "Today" });
    // Safety text is in the entry chunk: on screen in the very first render, before anything has loaded.
    expect(
      within(player).getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" }),
    ).toBeInTheDocument();
    expect(within(player).getByRole("heading", { level: 3, name: "Front plank" })).toBeInTheDocument();
    expect(within(player).getByRole("button", { name: "Start" })).toBeInTheDocument();
    const placeholder = container.querySelector("[data-slot='session-media-loading']");
    expect(placeholder).toHaveAttribute("aria-busy", "true");
    // Then the demonstration replaces the placeholder (here the written start position: no video, no demo).
    expect(await within(player).findByText("Start position")).toBeInTheDocument();
    expect(container.querySelector("[data-slot='session-media-loading']")).toBeNull();
  });
});
