import { createBrowserStore, createMemoryStore, type RecordStore, RecordStoreError } from "@movekit/core/records";
import type { SavedSession, SessionLog } from "@movekit/core/session";
import { fixtureExercises, threeBandRule } from "@movekit/fixtures/programmes";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { preloadSessionPlayer } from "./lazy-parts";
import { SessionPlayer } from "./session-player";
import { fakeClock } from "./testing/fake-clock";

// The player loads its later parts after first paint; loaded up front here, tests see them at once.
beforeAll(() => preloadSessionPlayer());

// Clamshell: 2 sets of 3 reps on each side. Front plank: 2 holds of 30 s with 15 s rest.
const items = [{ exerciseId: "clamshell", dosage: { sets: 1, reps: 2 } }, { exerciseId: "front-plank" }];
const wcag = {
  runOnly: { type: "tag" as const, values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  rules: { "target-size": { enabled: true } },
};
const player = () => document.querySelector("[data-slot='session-player']") as HTMLElement;
const countdown = () => document.querySelector("[data-slot='countdown']") as HTMLElement;

describe("SessionPlayer keeps its place in a store (Chromium)", () => {
  // A reload keeps only what reached the store: with IndexedDB the second mount gets a new store object over the
  // same database, so nothing survives in JavaScript memory between the two.
  const reloads: Array<[string, () => [RecordStore, () => Promise<RecordStore>]]> = [
    [
      "a store kept in memory",
      () => {
        const store = createMemoryStore();
        return [store, async () => store];
      },
    ],
    [
      "IndexedDB, reopened as after a page reload",
      () => {
        const name = `movekit-reload-${crypto.randomUUID()}`;
        return [
          createBrowserStore({ name }),
          async () => {
            const reopened = createBrowserStore({ name });
            // The unmount's last save is asynchronous: wait until the database holds the hold with 18 s left.
            const remaining = async () => {
              const [record] = await reopened.list({ kind: "session-progress" });
              const stage = (record?.value as SavedSession | undefined)?.state.stage;
              return stage?.kind === "work" ? stage.timer?.remainingMs : undefined;
            };
            await expect.poll(remaining).toBe(18_000);
            return reopened;
          },
        ];
      },
    ],
  ];

  it.each(reloads)(
    "resumes an interrupted hold paused, with the time it had left and the log intact (%s)",
    async (_, make) => {
      const [store, reopen] = make();
      const clock = fakeClock();
      const props = { items, exercises: fixtureExercises, painRule: threeBandRule, store, programmeId: "hip" };
      const first = render(<SessionPlayer {...props} clock={clock} />);
      await userEvent.click(screen.getByRole("button", { name: "Start" }));
      // Two reps on the left, skip the rest between sides, two on the right.
      for (const name of ["Rep done", "Rep done", "Skip rest", "Rep done", "Rep done"]) {
        await userEvent.click(screen.getByRole("button", { name }));
      }
      // The plank: 12 s into the first 30 s hold when the page goes away.
      await userEvent.click(screen.getByRole("button", { name: "Start" }));
      await act(async () => clock.advance(12_000));
      expect(countdown()).toHaveTextContent("18");
      first.unmount();

      const onLogChange = vi.fn<(log: SessionLog) => void>();
      const again = fakeClock();
      const { container } = render(
        <SessionPlayer {...props} store={await reopen()} clock={again} onLogChange={onLogChange} />,
      );
      const resume = await screen.findByRole("button", { name: "Resume" });
      expect(resume.getBoundingClientRect().height).toBeGreaterThanOrEqual(48);
      // Safety first: the exercise's warning signs come before the Resume button in reading order.
      const safety = player().querySelector("[data-slot='red-flag-notices']") as HTMLElement;
      expect(safety.compareDocumentPosition(resume) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect((await axe.run(container, wcag)).violations).toEqual([]);
      await userEvent.click(resume);

      expect(screen.getByRole("heading", { level: 3, name: "Front plank" })).toBeInTheDocument();
      expect(player()).toHaveAttribute("data-paused");
      expect(countdown()).toHaveTextContent("18");
      // Time passing does nothing until the person carries on.
      await act(async () => again.advance(30_000));
      expect(countdown()).toHaveTextContent("18");
      await userEvent.click(screen.getByRole("button", { name: "Resume session" }));
      await act(async () => again.advance(18_000));
      expect(player()).toHaveAttribute("data-stage", "rest");
      const log = onLogChange.mock.lastCall?.[0] as SessionLog;
      expect(log.exercises.map((e) => [e.exerciseId, e.status, e.sets.length])).toEqual([
        ["clamshell", "done", 2],
        ["front-plank", "in-progress", 1],
      ]);
      expect(log.exercises[1]?.sets[0]).toMatchObject({ holds: 1, seconds: 30, completed: true });
    },
  );

  it("falls back to memory with a polite notice when every store call rejects", async () => {
    const fail = () => Promise.reject(new RecordStoreError("unavailable", "private browsing"));
    const store: RecordStore = { load: fail, save: fail, list: fail, clear: fail };
    const onStoreError = vi.fn();
    const clock = fakeClock();
    const { container } = render(
      <SessionPlayer
        items={items}
        exercises={fixtureExercises}
        clock={clock}
        store={store}
        onStoreError={onStoreError}
      />,
    );
    const notice = await screen.findByText("Your progress can't be saved on this device; the session carries on.");
    expect(notice.closest("header")).not.toBeNull();
    await waitFor(() =>
      expect(document.querySelector("[data-slot='session-announcer']")).toHaveTextContent(notice.textContent ?? ""),
    );
    await userEvent.click(screen.getByRole("button", { name: "Start" }));
    await userEvent.click(screen.getByRole("button", { name: "Rep done" }));
    expect(within(player()).getByText("Set 1 of 1, left side")).toBeInTheDocument();
    expect(onStoreError).toHaveBeenCalledTimes(1);
    expect((await axe.run(container, wcag)).violations).toEqual([]);
  });
});
