import type { SessionItem } from "@movekit/core";
import type { SessionLog } from "@movekit/core/session";
import { fixtureExercises, threeBandRule } from "@movekit/fixtures/programmes";
import { act, render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { deviceReducesMotion } from "../internal/testing/browser";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { preloadSessionPlayer } from "./lazy-parts";
import { SessionPlayer } from "./session-player";
import { fakeClock } from "./testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

const items: SessionItem[] = [
  { exerciseId: "clamshell" },
  { exerciseId: "front-plank" },
  { exerciseId: "eccentric-leg-lowering" },
  { exerciseId: "glute-bridge" },
];

const wcag = {
  runOnly: { type: "tag" as const, values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  rules: { "target-size": { enabled: true } },
};

/** Every text the polite live region is given, in order. */
function recordAnnouncements(): { said: string[]; stop: () => void } {
  const region = document.querySelector("[data-slot='session-announcer']") as HTMLElement;
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = region.textContent ?? "";
    if (text && said[said.length - 1] !== text) said.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}

const primary = () => document.querySelector("[data-slot='primary-action']") as HTMLButtonElement;
const player = () => document.querySelector("[data-slot='session-player']") as HTMLElement;

afterEach(async () => {
  await deviceReducesMotion(false);
});

describe("SessionPlayer in Chromium", () => {
  it("runs a whole session with a controlled clock and reports the expected log", async () => {
    const clock = fakeClock();
    const onComplete = vi.fn<(log: SessionLog) => void>();
    const onLogChange = vi.fn<(log: SessionLog) => void>();
    const { container } = render(
      <SessionPlayer
        items={items}
        exercises={fixtureExercises}
        painRule={threeBandRule}
        clock={clock}
        onComplete={onComplete}
        onLogChange={onLogChange}
      />,
    );
    const advance = async (ms: number) => act(async () => clock.advance(ms));
    expect(screen.getByRole("heading", { level: 3, name: "Clamshell" })).toBeInTheDocument();
    expect(screen.getByText("Exercise 1 of 4")).toBeInTheDocument();

    // Clamshell: 2 sets × 3 reps on each side, 10 s between sides, 20 s between sets.
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(player()).toHaveAttribute("data-phase", "count");
    expect(screen.getByText("Set 1 of 2, left side")).toBeInTheDocument();
    for (let i = 0; i < 3; i++) await userEvent.click(screen.getByRole("button", { name: "Rep done" }));
    expect(player()).toHaveAttribute("data-stage", "rest");
    expect(screen.getByText("Next: Set 1 of 2, right side")).toBeInTheDocument();
    await advance(10_000);
    expect(player()).toHaveAttribute("data-stage", "work");
    for (let i = 0; i < 3; i++) await userEvent.click(primary());
    expect(screen.getByRole("button", { name: "Skip rest" })).toBe(primary());
    await userEvent.click(primary());
    for (let i = 0; i < 3; i++) await userEvent.click(primary());
    await advance(10_000);
    for (let i = 0; i < 3; i++) await userEvent.click(primary());

    // Front plank: 2 holds of 30 s, 15 s rest.
    expect(screen.getByRole("heading", { level: 3, name: "Front plank" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(within(player()).getByText("Hold")).toBeInTheDocument();
    await advance(30_000);
    expect(player()).toHaveAttribute("data-stage", "rest");
    await advance(15_000 + 30_000);

    // Eccentric leg lowering: 2 reps with a 5 s hold, on each side; no rest between sides, so Start again.
    expect(screen.getByRole("heading", { level: 3, name: "Eccentric leg lowering" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    await advance(12_000);
    expect(player()).toHaveAttribute("data-stage", "ready");
    expect(screen.getByText("Set 1 of 1, right side")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    await advance(12_000);

    // Glute bridge: "skip, it hurts" asks for a score first (keyboard on the slider), then skips.
    expect(screen.getByRole("heading", { level: 3, name: "Glute bridge" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Skip, it hurts" }));
    const prompt = screen.getByRole("region", { name: "How much does Glute bridge hurt?" });
    expect(document.activeElement).toBe(within(prompt).getByRole("heading"));
    const slider = within(prompt).getByRole("slider", { name: "Pain right now" });
    expect(slider).toHaveAttribute("aria-valuetext", "Not answered yet");
    await userEvent.keyboard("{Tab}");
    expect(document.activeElement).toBe(slider);
    for (let i = 0; i < 3; i++) await userEvent.keyboard("{ArrowRight}");
    expect(slider).toHaveAttribute("aria-valuetext", "3 out of 10");
    expect(within(prompt).getByText("Continue", { selector: "strong" })).toBeInTheDocument();
    await userEvent.click(within(prompt).getByRole("button", { name: "Skip this exercise" }));

    // The questions at the end: pain during starts from the skip score.
    const feedback = screen.getByRole("region", { name: "How did it go?" });
    expect(document.activeElement).toBe(within(feedback).getByRole("heading"));
    expect(within(feedback).getByRole("slider", { name: "Worst pain during the session" })).toHaveAttribute(
      "aria-valuetext",
      "3 out of 10",
    );
    within(feedback).getByRole("slider", { name: "Pain now, after the session" }).focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await userEvent.click(within(feedback).getByRole("radio", { name: "About right" }));
    expect(onComplete).not.toHaveBeenCalled();
    await userEvent.click(within(feedback).getByRole("button", { name: "Finish session" }));

    expect(onComplete).toHaveBeenCalledTimes(1);
    const log = onComplete.mock.calls[0]?.[0] as SessionLog;
    const set = (n: number, side: string, reps: number, holds: number, seconds: number) => ({
      set: n,
      side,
      reps,
      holds,
      seconds,
      completed: true,
    });
    expect(log).toEqual({
      exercises: [
        {
          exerciseId: "clamshell",
          status: "done",
          sets: [set(1, "left", 3, 0, 0), set(1, "right", 3, 0, 0), set(2, "left", 3, 0, 0), set(2, "right", 3, 0, 0)],
        },
        { exerciseId: "front-plank", status: "done", sets: [set(1, "both", 0, 1, 30), set(2, "both", 0, 1, 30)] },
        {
          exerciseId: "eccentric-leg-lowering",
          status: "done",
          sets: [set(1, "left", 2, 2, 10), set(1, "right", 2, 2, 10)],
        },
        { exerciseId: "glute-bridge", status: "skipped", skipReason: "pain", painScore: 3, sets: [] },
      ],
      painDuring: 3,
      painAfter: 2,
      difficulty: "about-right",
      completed: true,
      activeSeconds: 119,
    });
    expect(onLogChange.mock.calls.at(-1)?.[0]).toEqual(log);
    const summary = screen.getByRole("region", { name: "Session complete" });
    expect(summary).toHaveTextContent("Clamshell: left side: 2 sets, 6 repetitions; right side: 2 sets, 6 repetitions");
    expect(summary).toHaveTextContent("Glute bridge: skipped because it hurt (pain 3 out of 10)");
    expect((await axe.run(container, wcag)).violations).toEqual([]);
  });

  it("announces a countdown at 20, 10 and 5 seconds, not every second, and pauses it", async () => {
    const clock = fakeClock();
    render(<SessionPlayer items={[{ exerciseId: "front-plank" }]} exercises={fixtureExercises} clock={clock} />);
    const { said, stop } = recordAnnouncements();
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    for (let s = 0; s < 14; s++) await act(async () => clock.advance(1000));
    await userEvent.click(screen.getByRole("button", { name: "Pause session" }));
    expect(screen.getByText("Paused", { selector: "[data-slot='session-paused']" })).toBeInTheDocument();
    // Paused: time passes, nothing counts down.
    for (let s = 0; s < 5; s++) await act(async () => clock.advance(1000));
    expect(screen.getByText("16", { selector: "[data-slot='countdown-value']" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Resume session" }));
    for (let s = 0; s < 16; s++) await act(async () => clock.advance(1000));
    stop();
    expect(said).toEqual([
      "Set 1 of 2: hold for 30 seconds.",
      "20 seconds left.",
      "Paused.",
      "Carrying on.",
      "10 seconds left.",
      "5 seconds left.",
      "Rest for 15 seconds. Next: Set 2 of 2.",
    ]);
  });

  it("keeps the ring still under reduced motion; only the number changes", async () => {
    const ringOffsets = async (props: { reduced: boolean }) => {
      const clock = fakeClock();
      const view = render(
        <MovekitProvider reducedMotion={props.reduced ? "always" : "user"}>
          <SessionPlayer items={[{ exerciseId: "front-plank" }]} exercises={fixtureExercises} clock={clock} />
        </MovekitProvider>,
      );
      await userEvent.click(screen.getByRole("button", { name: "Start" }));
      const ring = () => document.querySelector("[data-slot='countdown-progress']") as SVGCircleElement;
      const value = () => document.querySelector("[data-slot='countdown-value']")?.textContent;
      const before = [ring().getAttribute("stroke-dashoffset"), value()];
      await act(async () => clock.advance(5000));
      const after = [ring().getAttribute("stroke-dashoffset"), value()];
      const animated = document.querySelector("[data-slot='countdown']")?.getAttribute("data-animated");
      const transition = getComputedStyle(ring()).transitionProperty;
      view.unmount();
      return { before, after, animated, transition };
    };
    const moving = await ringOffsets({ reduced: false });
    expect(moving.animated).toBe("true");
    expect(moving.after[0]).not.toBe(moving.before[0]);
    expect(moving.transition).toBe("stroke-dashoffset");

    const still = await ringOffsets({ reduced: true });
    expect(still.animated).toBe("false");
    expect(still.after[0]).toBe(still.before[0]);
    expect([still.before[1], still.after[1]]).toEqual(["30", "25"]);

    // The operating system setting alone does the same.
    await deviceReducesMotion(true);
    const system = await ringOffsets({ reduced: false });
    expect(system.animated).toBe("false");
    expect(system.after[0]).toBe(system.before[0]);
    expect(system.transition).toBe("none");
  });

  it("keeps the screen on while running and lets go on pause and unmount", async () => {
    const release = vi.fn(async () => {});
    const request = vi.fn(async () => ({ release, addEventListener() {} }));
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, "wakeLock");
    Object.defineProperty(navigator, "wakeLock", { configurable: true, value: { request } });
    try {
      const clock = fakeClock();
      const view = render(
        <SessionPlayer items={[{ exerciseId: "front-plank" }]} exercises={fixtureExercises} clock={clock} />,
      );
      expect(request).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole("button", { name: "Start" }));
      await expect.poll(() => player().getAttribute("data-wake-lock")).toBe("on");
      expect(request).toHaveBeenCalledWith("screen");
      await userEvent.click(screen.getByRole("button", { name: "Pause session" }));
      expect(release).toHaveBeenCalledTimes(1);
      await userEvent.click(screen.getByRole("button", { name: "Resume session" }));
      await expect.poll(() => request.mock.calls.length).toBe(2);
      view.unmount();
      await expect.poll(() => release.mock.calls.length).toBe(2);
    } finally {
      // Restores the browser's own property.
      delete (navigator as { wakeLock?: unknown }).wakeLock;
      if (original) Object.defineProperty(Navigator.prototype, "wakeLock", original);
    }
  });

  it("offers sound only where the browser has it, off by default, and is keyboard operable", async () => {
    const clock = fakeClock();
    const { container } = render(
      <SessionPlayer items={[{ exerciseId: "clamshell" }]} exercises={fixtureExercises} clock={clock} />,
    );
    const sound = await screen.findByRole("button", { name: "Sound and spoken cues" });
    expect(sound).toHaveAttribute("aria-pressed", "false");
    primary().focus();
    await userEvent.keyboard("{Enter}");
    expect(primary()).toHaveAccessibleName("Rep done");
    expect(document.activeElement).toBe(primary());
    await userEvent.keyboard(" ");
    expect(screen.getByText("1", { selector: ".mk-session-player__count-value" })).toBeInTheDocument();
    expect((await axe.run(container, wcag)).violations).toEqual([]);
  });

  it("speaks the announcements once sound is turned on", async () => {
    const speak = vi.spyOn(window.speechSynthesis, "speak").mockImplementation(() => {});
    try {
      render(
        <SessionPlayer items={[{ exerciseId: "front-plank" }]} exercises={fixtureExercises} clock={fakeClock()} />,
      );
      await userEvent.click(screen.getByRole("button", { name: "Start" }));
      expect(speak).not.toHaveBeenCalled();
      const sound = screen.getByRole("button", { name: "Sound and spoken cues" });
      await userEvent.click(sound);
      expect(sound).toHaveAttribute("aria-pressed", "true");
      await userEvent.click(screen.getByRole("button", { name: "Pause session" }));
      await expect.poll(() => speak.mock.calls.map(([u]) => u.text)).toEqual(["Paused."]);
      expect(speak.mock.calls[0]?.[0].lang).toBe("en-GB");
    } finally {
      speak.mockRestore();
    }
  });
});
