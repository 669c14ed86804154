import { createMemoryStore, type RecordStore, RecordStoreError } from "@movekit/core/records";
import type { SessionLog, SessionState } from "@movekit/core/session";
import { fixtureExercises } from "@movekit/fixtures/programmes";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { StrictMode } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { preloadSessionPlayer } from "./lazy-parts";
import { SessionPlayer } from "./session-player";
import { fakeClock } from "./testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

// Clamshell: 2 sets of 3 reps on each side, 10 s between sides. Front plank: 2 holds of 30 s.
const items = [{ exerciseId: "clamshell" }, { exerciseId: "front-plank" }];
const KEY = "movekit:session:hip:week-1";
const player = () => document.querySelector("[data-slot='session-player']") as HTMLElement;
const click = (name: string) => act(() => screen.getByRole("button", { name }).click());

function rejectingStore(): RecordStore {
  const fail = () => Promise.reject(new RecordStoreError("unavailable", "storage is switched off"));
  return { load: fail, save: fail, list: fail, clear: fail };
}

// Generous: a busy shared machine can take seconds to render the first player.
describe("SessionPlayer with a record store", { timeout: 20_000 }, () => {
  it("under StrictMode reports each real change of the log once, and nothing on mount", () => {
    const onLogChange = vi.fn<(log: SessionLog) => void>();
    render(
      <StrictMode>
        <SessionPlayer items={items} exercises={fixtureExercises} clock={fakeClock()} onLogChange={onLogChange} />
      </StrictMode>,
    );
    expect(onLogChange).not.toHaveBeenCalled();
    click("Start"); // the clamshell is now in progress: one change
    click("Rep done");
    click("Rep done"); // counting alone does not change the log
    expect(onLogChange).toHaveBeenCalledTimes(1);
    click("Rep done"); // the set is logged: a second change
    expect(onLogChange).toHaveBeenCalledTimes(2);
    expect(onLogChange.mock.calls[1]?.[0].exercises[0]?.sets).toHaveLength(1);
  });

  it("saves progress as it goes, then offers one large Resume that picks up where it stopped", async () => {
    const store = createMemoryStore();
    // The same session, stored under the same key, mounted twice (as a page reload would).
    const savedSession = (onLogChange?: (log: SessionLog) => void) => (
      <SessionPlayer
        items={items}
        exercises={fixtureExercises}
        clock={fakeClock()}
        store={store}
        programmeId="hip"
        sessionId="week-1"
        onLogChange={onLogChange}
      />
    );
    const first = render(savedSession());
    // Nothing is saved before the first Start.
    expect(await store.load(KEY)).toBeUndefined();
    click("Start");
    for (let i = 0; i < 3; i++) click("Rep done");
    await waitFor(async () => {
      const saved = await store.load<{ state: SessionState }>(KEY);
      expect(saved).toMatchObject({ kind: "session-progress", programmeId: "hip", version: 1 });
      expect(saved?.value.state.stage.kind).toBe("rest");
    });
    first.unmount();

    const onLogChange = vi.fn<(log: SessionLog) => void>();
    render(savedSession(onLogChange));
    const resume = await screen.findByRole("button", { name: "Resume" });
    expect(resume).toHaveAttribute("data-size", "large");
    expect(resume).toHaveAttribute("data-variant", "primary");
    const offer = resume.closest("[data-slot='session-resume-offer']") as HTMLElement;
    expect(offer).toHaveTextContent(
      "You stopped part-way through this session: exercise 1 of 2, Clamshell, Set 1 of 2, right side.",
    );
    expect(within(offer).getByRole("button", { name: "Start again" })).toBeInTheDocument();
    click("Resume");
    // The rest comes back paused: nothing counts down until the person carries on.
    expect(player()).toHaveAttribute("data-stage", "rest");
    expect(player()).toHaveAttribute("data-paused");
    expect(screen.getByRole("button", { name: "Resume session" })).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Skip rest" }));
    expect(onLogChange).toHaveBeenCalledTimes(1);
    expect(onLogChange.mock.calls[0]?.[0].exercises[0]?.sets).toEqual([
      { set: 1, side: "left", reps: 3, holds: 0, seconds: 0, completed: true },
    ]);
  });

  it("keeps the log once the session is finished or ended, and offers nothing after", async () => {
    const store = createMemoryStore();
    const onComplete = vi.fn();
    render(
      <SessionPlayer
        items={[{ exerciseId: "front-plank", dosage: { sets: 1 } }]}
        exercises={fixtureExercises}
        clock={fakeClock()}
        store={store}
        recordKey="today"
        onComplete={onComplete}
      />,
    );
    click("Start");
    click("End set");
    click("Finish session");
    expect(onComplete).toHaveBeenCalledTimes(1);
    await waitFor(async () => {
      const logs = await store.list({ kind: "session-log" });
      expect(logs).toHaveLength(1);
      expect(logs[0]?.key.startsWith("today:log:")).toBe(true);
      expect(logs[0]?.value).toEqual(onComplete.mock.calls[0]?.[0]);
      expect(await store.load("today")).toBeUndefined();
    });
  });

  it("starts again from the first exercise when the person chooses, removing the saved progress", async () => {
    const store = createMemoryStore();
    const first = render(
      <SessionPlayer items={items} exercises={fixtureExercises} clock={fakeClock()} store={store} />,
    );
    click("Start");
    click("Skip exercise");
    await waitFor(async () => expect(await store.list({ kind: "session-progress" })).toHaveLength(1));
    first.unmount();
    render(<SessionPlayer items={items} exercises={fixtureExercises} clock={fakeClock()} store={store} />);
    await screen.findByRole("button", { name: "Resume" });
    click("Start again");
    expect(screen.getByRole("button", { name: "Start" })).toHaveAttribute("data-size", "large");
    expect(screen.getByText("Exercise 1 of 2")).toBeInTheDocument();
    await waitFor(async () => expect(await store.list()).toHaveLength(0));
  });

  it("carries on in memory with a polite notice when the store rejects, and reports the failure once", async () => {
    const onStoreError = vi.fn();
    render(
      <SessionPlayer
        items={items}
        exercises={fixtureExercises}
        clock={fakeClock()}
        store={rejectingStore()}
        onStoreError={onStoreError}
      />,
    );
    const notice = "Your progress can't be saved on this device; the session carries on.";
    expect(await screen.findByText(notice)).toBeInTheDocument();
    expect(player()).toHaveAttribute("data-store", "failed");
    await waitFor(() => expect(document.querySelector("[data-slot='session-announcer']")).toHaveTextContent(notice));
    click("Start");
    click("Rep done");
    expect(screen.getByText("1")).toBeInTheDocument();
    expect(onStoreError).toHaveBeenCalledTimes(1);
    expect(onStoreError.mock.calls[0]?.[0]).toBeInstanceOf(RecordStoreError);
  });
});
