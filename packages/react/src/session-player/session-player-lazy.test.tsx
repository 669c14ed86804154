import { fixtureExercises, programmeFixture, threeBandRule } from "@movekit/fixtures/programmes";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const items = [{ exerciseId: "front-plank" }];

// The player's modules are transformed once, here, outside every test's time (on a busy machine the first test
// otherwise spent its whole 5 s doing it); each test then evaluates them afresh, which is quick.
beforeAll(async () => {
  await import("./session-player");
});

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

describe("SessionPlayer's pain prompt, loaded on first use", () => {
  afterEach(() => vi.doUnmock("./pain-answer"));

  async function openPrompt() {
    const { fakeClock } = await import("./testing/fake-clock");
    const SessionPlayer = await freshPlayer();
    render(
      <SessionPlayer
        items={items}
        exercises={fixtureExercises}
        painRule={threeBandRule}
        redFlags={programmeFixture.redFlags}
        clock={fakeClock()}
        title="Today"
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    fireEvent.click(screen.getByRole("button", { name: "Skip, it hurts" }));
    return screen.getByRole("region", { name: "How much does Front plank hurt?" });
  }

  it("shows the scale and, with a score that means stop, the verdict's words beside the stop controls", async () => {
    const prompt = await openPrompt();
    const slider = await within(prompt).findByRole("slider", { name: "Pain right now" });
    fireEvent.change(slider, { target: { value: "7" } });
    expect(prompt).toHaveAttribute("data-action", "stop-and-contact");
    expect(within(prompt).getByText("Stop and contact your clinician", { selector: "strong" })).toBeInTheDocument();
    expect(within(prompt).getByRole("button", { name: "End today's session" })).toBeInTheDocument();
    expect(within(prompt).getByText("Fever with groin pain.")).toBeInTheDocument();
  });

  it("says the scale could not load, and keeps the prompt, its hint and the way back, when its code cannot load", async () => {
    // The later parts come as one chunk: one of its modules failing fails the whole import, as offline would.
    vi.doMock("./pain-answer", () => {
      throw new Error("offline");
    });
    const prompt = await openPrompt();
    const { LazyPainAnswer } = await import("./lazy-parts");
    await expect(LazyPainAnswer.preload()).rejects.toThrow();
    // Not a placeholder that looks busy for ever: the prompt says the scale could not load.
    expect(
      await within(prompt).findByText(
        "The pain scale could not load, so no score can be given here. Check your connection and try again.",
      ),
    ).toBeInTheDocument();
    expect(prompt.querySelector("[data-slot='pain-scale-loading']")).toBeNull();
    expect(within(prompt).getByText(/score/i, { selector: "p[id$='-hint']" })).toBeInTheDocument();
    // Nothing can be skipped without a score, and the person can go back to the exercise.
    expect(within(prompt).getByRole("button", { name: "Skip this exercise" })).toHaveAttribute("aria-disabled", "true");
    // The exercise's red flags stay on screen throughout: they are in the entry.
    expect(screen.getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" })).toBeInTheDocument();
    fireEvent.click(within(prompt).getByRole("button", { name: "Go back to the exercise" }));
    expect(screen.getByRole("button", { name: "Skip, it hurts" })).toBeInTheDocument();
  });
});

describe("SessionPlayer's end of session when the later parts' code cannot load", () => {
  afterEach(() => vi.doUnmock("./pain-answer"));

  it("shows the written start position, finishes without the questions, reports the log and says the summary could not load", async () => {
    vi.doMock("./pain-answer", () => {
      throw new Error("offline");
    });
    const { fakeClock } = await import("./testing/fake-clock");
    const SessionPlayer = await freshPlayer();
    const onComplete = vi.fn();
    render(
      <SessionPlayer
        items={[{ exerciseId: "front-plank", dosage: { sets: 1 } }]}
        exercises={fixtureExercises}
        clock={fakeClock()}
        onComplete={onComplete}
        title="Today"
      />,
    );
    // The demonstration's place holds the written start position, not a placeholder that looks busy for ever.
    expect(await screen.findByText("Start position")).toBeInTheDocument();
    expect(document.querySelector("[data-slot='session-media-loading']")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    fireEvent.click(screen.getByRole("button", { name: "End set" }));
    expect(
      await screen.findByText("The questions could not load. You can finish the session without them."),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Finish session" }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete.mock.calls[0]?.[0]).toMatchObject({ completed: true });
    expect(await screen.findByText("Session complete. The summary could not load.")).toBeInTheDocument();
  });
});
