import type { SessionLog } from "@movekit/core/session";
import { fixtureExercises, programmeFixture, threeBandRule } from "@movekit/fixtures/programmes";
import { act, render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { preloadSessionPlayer } from "./lazy-parts";
import { SessionPlayer } from "./session-player";
import { fakeClock } from "./testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

const player = () => document.querySelector("[data-slot='session-player']") as HTMLElement;

/** Makes the page look hidden or visible to the player, as switching tabs or locking the phone does. */
function setVisibility(state: "hidden" | "visible") {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  document.dispatchEvent(new Event("visibilitychange"));
}

afterEach(() => {
  // Drop the instance override so the real getter on Document.prototype answers again.
  delete (document as { visibilityState?: unknown }).visibilityState;
});

describe("SessionPlayer obeys the safety verdict (Chromium)", () => {
  it("ends today's session when the pain score means stop: nothing resumes, the log says why, warning signs show", async () => {
    const clock = fakeClock();
    const onComplete = vi.fn<(log: SessionLog) => void>();
    const { container } = render(
      <SessionPlayer
        items={[{ exerciseId: "front-plank" }, { exerciseId: "glute-bridge" }]}
        exercises={fixtureExercises}
        painRule={threeBandRule}
        redFlags={programmeFixture.redFlags}
        clock={clock}
        onComplete={onComplete}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    await act(async () => clock.advance(10_000));
    await userEvent.click(screen.getByRole("button", { name: "Skip, it hurts" }));
    const prompt = screen.getByRole("region", { name: "How much does Front plank hurt?" });
    within(prompt).getByRole("slider", { name: "Pain right now" }).focus();
    await userEvent.keyboard("{Home}");
    for (let i = 0; i < 7; i++) await userEvent.keyboard("{ArrowRight}");

    // The verdict says stop: the only way on is to end the session, with the programme's warning signs beside it.
    expect(prompt).toHaveAttribute("data-action", "stop-and-contact");
    expect(within(prompt).getByText("Stop and contact your clinician", { selector: "strong" })).toBeVisible();
    expect(within(prompt).queryByRole("button", { name: "Skip this exercise" })).toBeNull();
    expect(within(prompt).queryByRole("button", { name: "Go back to the exercise" })).toBeNull();
    expect(within(prompt).getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" })).toBeVisible();
    expect(within(prompt).getByText("Fever with groin pain.")).toBeVisible();
    expect((await axe.run(prompt)).violations).toEqual([]);
    await userEvent.click(within(prompt).getByRole("button", { name: "End today's session" }));

    expect(player()).toHaveAttribute("data-stage", "ended");
    const ended = screen.getByRole("region", { name: "Session ended" });
    expect(document.activeElement).toBe(within(ended).getByRole("heading", { name: "Session ended" }));
    expect(ended).toHaveTextContent(
      "You ended today's session because of pain (7 out of 10). What to do: Stop and contact your clinician.",
    );
    expect(within(ended).getByText("Chest pain or sudden breathlessness.")).toBeVisible();
    expect(onComplete).toHaveBeenCalledTimes(1);
    const log = onComplete.mock.calls[0]?.[0] as SessionLog;
    expect(log).toMatchObject({
      completed: false,
      ended: { reason: "pain", action: "stop-and-contact", painScore: 7, exerciseId: "front-plank" },
      exercises: [
        { exerciseId: "front-plank", status: "skipped", skipReason: "pain", painScore: 7 },
        { exerciseId: "glute-bridge", status: "not-started", sets: [] },
      ],
    });
    expect(log.exercises[0]?.sets).toEqual([
      { set: 1, side: "both", reps: 0, holds: 0, seconds: 10, completed: false },
    ]);

    // Time passing starts nothing: no next exercise, no Start, no timer.
    await act(async () => clock.advance(120_000));
    expect(player()).toHaveAttribute("data-stage", "ended");
    expect(screen.queryByRole("heading", { name: "Glute bridge" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Start" })).toBeNull();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("still lets a milder score skip only this exercise", async () => {
    render(
      <SessionPlayer
        items={[{ exerciseId: "front-plank" }, { exerciseId: "glute-bridge" }]}
        exercises={fixtureExercises}
        painRule={threeBandRule}
        clock={fakeClock()}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Skip, it hurts" }));
    const prompt = screen.getByRole("region", { name: "How much does Front plank hurt?" });
    within(prompt).getByRole("slider", { name: "Pain right now" }).focus();
    await userEvent.keyboard("{Home}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(prompt).toHaveAttribute("data-action", "modify");
    expect(within(prompt).queryByRole("button", { name: "End today's session" })).toBeNull();
    await userEvent.click(within(prompt).getByRole("button", { name: "Skip this exercise" }));
    expect(screen.getByRole("heading", { level: 3, name: "Glute bridge" })).toBeInTheDocument();
  });

  it("pauses a hold while the page is hidden, and waits for the person to resume", async () => {
    const clock = fakeClock();
    const onLogChange = vi.fn<(log: SessionLog) => void>();
    render(
      <SessionPlayer
        items={[{ exerciseId: "front-plank" }]}
        exercises={fixtureExercises}
        clock={clock}
        onLogChange={onLogChange}
      />,
    );
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    await act(async () => clock.advance(5_000));
    await act(async () => setVisibility("hidden"));
    expect(player()).toHaveAttribute("data-paused");
    // Far longer than the 30 s hold: an unseen hold must not be logged as done.
    await act(async () => clock.advance(120_000));
    expect(player()).toHaveAttribute("data-stage", "work");
    expect(onLogChange.mock.calls.flatMap(([log]) => log.exercises[0]?.sets ?? [])).toEqual([]);
    await act(async () => setVisibility("visible"));
    expect(player()).toHaveAttribute("data-paused");
    expect(
      screen.getByText("The session paused while the page was hidden. Press Resume session when you are ready."),
    ).toBeVisible();
    expect(document.querySelector("[data-slot='countdown-value']")).toHaveTextContent("25");

    await userEvent.click(screen.getByRole("button", { name: "Resume session" }));
    expect(player()).not.toHaveAttribute("data-paused");
    await act(async () => clock.advance(25_000));
    expect(player()).toHaveAttribute("data-stage", "rest");
    expect(onLogChange.mock.lastCall?.[0].exercises[0]?.sets).toEqual([
      { set: 1, side: "both", reps: 0, holds: 1, seconds: 30, completed: true },
    ]);
  });
});
