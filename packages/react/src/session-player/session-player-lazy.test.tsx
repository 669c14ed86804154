// The parts loaded on demand (the demonstration, the pain prompt, the end views) must never hold back safety text.
// This file runs first in a fresh module graph, so no lazy chunk has loaded when each check below is made.
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { clamshellFixture } from "../programme-view/programme-fixtures";
import { SessionPlayer } from "./session-player";
import { fakeClock } from "./testing/fake-clock";

const items = [{ exerciseId: "clamshell" }];
const exercises = [clamshellFixture];
const flagTexts = clamshellFixture.redFlags.map((flag) => flag.text["en-GB"] ?? "");

describe("SessionPlayer loads parts on demand without holding back safety text", () => {
  it("renders every warning sign and Start on the server, with the start position standing in for the video", () => {
    const html = renderToString(<SessionPlayer items={items} exercises={exercises} />);
    expect(flagTexts.length).toBeGreaterThan(0);
    for (const text of flagTexts) expect(html).toContain(text.replaceAll("'", "&#x27;"));
    expect(html).toContain(">Start<");
    expect(html).toContain('data-slot="session-media-fallback"');
  });

  it("shows the warning signs and Start in the first render, while the video's code is still loading", {
    timeout: 30_000,
  }, async () => {
    render(<SessionPlayer items={items} exercises={exercises} clock={fakeClock()} />);
    const player = screen.getByRole("region", { name: "Guided session" });
    // Still the stand-in: the demonstration chunk has not resolved.
    expect(player.querySelector("[data-slot='session-media-fallback']")).toHaveTextContent("Start position");
    const notices = player.querySelector("[data-slot='red-flag-notices']");
    for (const text of flagTexts) expect(notices).toHaveTextContent(text);
    expect(within(player).getByRole("button", { name: "Start" })).toBeInTheDocument();
    // Once loaded, the video takes the stand-in's place and the warning signs are still there.
    // (A generous cap: the first import of the video's modules is slow on a busy machine.)
    await waitFor(() => expect(player.querySelector("[data-slot='session-media-fallback']")).toBeNull(), {
      timeout: 20_000,
    });
    expect(player.querySelector("[data-slot='session-media'] [data-slot='exercise-video']")).not.toBeNull();
    for (const text of flagTexts) expect(notices).toHaveTextContent(text);
  });

  it("keeps the warning signs while the pain prompt loads, then moves focus to its heading", async () => {
    render(<SessionPlayer items={items} exercises={exercises} clock={fakeClock()} />);
    const hurts = screen.getByRole("button", { name: "Skip, it hurts" });
    act(() => hurts.focus());
    act(() => hurts.click());
    const player = screen.getByRole("region", { name: "Guided session" });
    const prompt = player.querySelector("[data-slot='pain-prompt']");
    expect(prompt).toHaveAttribute("data-pending");
    expect(screen.getByRole("heading", { name: "How much does Clamshell hurt?" })).toHaveFocus();
    for (const text of flagTexts) expect(player).toHaveTextContent(text);
    // The loaded prompt replaces its stand-in and takes focus.
    await screen.findByRole("button", { name: "Skip this exercise" });
    expect(player.querySelector("[data-slot='pain-prompt']")).not.toHaveAttribute("data-pending");
    expect(screen.getByRole("heading", { name: "How much does Clamshell hurt?" })).toHaveFocus();
    for (const text of flagTexts) expect(player).toHaveTextContent(text);
  });
});
