import { hipFlexorPainRule, hipFlexorReturnToRun, movementDemos } from "@movekit/content";
import type { Exercise, SessionItem } from "@movekit/core";
import { createMemoryStore, type RecordStore, RecordStoreError } from "@movekit/core/records";
import {
  createSessionState,
  planSessionItems,
  SESSION_PROGRESS_VERSION,
  type SessionEvent,
  sessionReducer,
  snapshotSession,
} from "@movekit/core/session";
import { fixtureExercises, threeBandRule } from "@movekit/fixtures/programmes";
import { MovekitProvider } from "@movekit/react/movekit-provider";
import { preloadSessionPlayer, SessionPlayer } from "@movekit/react/session-player";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { library } from "./support/exercise-fixtures";

// Storybook does not serve the content's video files, so the stories show each exercise's movement demo instead.
const withoutVideo: Exercise[] = library.map((exercise) => ({
  ...exercise,
  media: undefined,
  cues: exercise.cues.map(({ time: _t, ...cue }) => cue),
}));
const buildPhase = hipFlexorReturnToRun.phases[1] ?? hipFlexorReturnToRun.phases[0];
const fixturesWithoutVideo = fixtureExercises.map((exercise) => ({ ...exercise, media: undefined }));

const meta = {
  title: "Programme/SessionPlayer",
  component: SessionPlayer,
  args: {
    items: buildPhase?.contents ?? [],
    exercises: withoutVideo,
    movementDemos,
    painRule: hipFlexorPainRule,
    title: "Build phase: today's session",
  },
  decorators: [(Story) => <div style={{ maxWidth: "56rem" }}>{Story()}</div>],
  // The player loads its later parts (media, pain scale, end questions) after first paint; here before it.
  loaders: [async () => ({ preloaded: await preloadSessionPlayer() })],
} satisfies Meta<typeof SessionPlayer>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A session of the shipped programme's Build phase, before the first set: the exercise's warning signs come
 * first, whole and compact, then one large Start button.
 */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const start = within(canvasElement).getByRole("button", { name: "Start" });
    await expect(start).toHaveAttribute("data-size", "large");
    const safety = canvasElement.querySelector("[data-slot='red-flag-notices']");
    if (safety) await expect(safety.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  },
};

// A store holding this session part-done: the clamshell's left side finished, resting before the right side.
const savedItems: SessionItem[] = [{ exerciseId: "clamshell" }, { exerciseId: "front-plank" }];
function storeWithSavedSession(): RecordStore {
  const plan = planSessionItems(savedItems, new Map(fixturesWithoutVideo.map((e) => [e.id, e])));
  const events: SessionEvent[] = [
    { type: "start", now: 0 },
    { type: "rep", now: 1000 },
    { type: "rep", now: 2000 },
    { type: "rep", now: 3000 },
  ];
  const state = events.reduce(sessionReducer, createSessionState(plan));
  return createMemoryStore([
    {
      key: "movekit:session:-:clamshell+front-plank",
      kind: "session-progress",
      savedAt: "2026-01-05T09:00:00.000Z",
      version: SESSION_PROGRESS_VERSION,
      value: snapshotSession(state, 4000),
    },
  ]);
}

/** Reopened after a reload: where the person stopped, one large Resume button, and Start again. */
export const ResumeSaved: Story = {
  args: { items: savedItems, exercises: fixturesWithoutVideo },
  render: function Saved(args) {
    const [store] = useState(storeWithSavedSession);
    return <SessionPlayer {...args} store={store} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const resume = await canvas.findByRole("button", { name: "Resume" });
    await expect(resume).toHaveAttribute("data-size", "large");
    await expect(canvas.getByRole("button", { name: "Start again" })).toBeVisible();
  },
};

const switchedOffStore = (): RecordStore => {
  const fail = () => Promise.reject(new RecordStoreError("unavailable", "storage is switched off"));
  return { load: fail, save: fail, list: fail, clear: fail };
};

/** The device cannot save (private browsing, storage full): a polite notice, and the session carries on. */
export const StoreUnavailable: Story = {
  args: { items: savedItems, exercises: fixturesWithoutVideo },
  // The store is made in the story, not passed as an arg: Storybook copies args, and a store keeps a closure.
  render: function SwitchedOff(args) {
    const [store] = useState(switchedOffStore);
    return <SessionPlayer {...args} store={store} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByText("Your progress can't be saved on this device; the session carries on.", {
        selector: "[data-slot='session-store-notice']",
      }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole("button", { name: "Start" }));
    await expect(canvas.getByRole("button", { name: "Rep done" })).toBeVisible();
  },
};

/** Counting repetitions: the main button stays in place (and keeps focus) while its job changes. */
export const CountingReps: Story = {
  args: {
    items: [{ exerciseId: "clamshell", dosage: { sets: 2, reps: 10, perSide: true } }],
    exercises: fixturesWithoutVideo,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Start" }));
    await userEvent.click(canvas.getByRole("button", { name: "Rep done" }));
    await userEvent.click(canvas.getByRole("button", { name: "Rep done" }));
    await expect(canvas.getByText("Set 1 of 2, left side")).toBeVisible();
    await expect(canvasElement.querySelector("[data-slot='rep-counter']")).toHaveTextContent("2 of 10 repetitions");
  },
};

/** A timed hold: a ring and a number, announced at 20, 10 and 5 seconds left, not every second. */
export const HoldCountdown: Story = {
  args: { items: [{ exerciseId: "front-plank" }], exercises: fixturesWithoutVideo },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Start" }));
    await expect(canvasElement.querySelector("[data-slot='countdown']")).toHaveAttribute("data-animated", "true");
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Pause session" }));
  },
};

/** Under reduced motion the ring stays still; only the number changes. */
export const ReducedMotion: Story = {
  ...HoldCountdown,
  decorators: [(Story) => <MovekitProvider reducedMotion="always">{Story()}</MovekitProvider>],
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Start" }));
    await expect(canvasElement.querySelector("[data-slot='countdown']")).toHaveAttribute("data-animated", "false");
    await userEvent.click(within(canvasElement).getByRole("button", { name: "Pause session" }));
  },
};

/** "Skip, it hurts" pauses the session and asks for a pain score first; the pain rule says what it means. */
export const SkipItHurts: Story = {
  args: { items: [{ exerciseId: "glute-bridge" }], exercises: fixturesWithoutVideo, painRule: threeBandRule },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Skip, it hurts" }));
    const slider = canvas.getByRole("slider", { name: "Pain right now" });
    slider.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
    await expect(canvas.getByText("Reduce")).toBeVisible();
  },
};

/** The questions at the end, after every exercise was skipped. */
export const Questions: Story = {
  args: { items: [{ exerciseId: "glute-bridge" }], exercises: fixturesWithoutVideo, painRule: threeBandRule },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Skip exercise" }));
    await waitFor(() => expect(canvas.getByRole("heading", { name: "How did it go?" })).toHaveFocus());
  },
};

/** The summary once the questions are answered. */
export const Complete: Story = {
  args: { items: [{ exerciseId: "glute-bridge" }, { exerciseId: "front-plank" }], exercises: fixturesWithoutVideo },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Skip exercise" }));
    await userEvent.click(canvas.getByRole("button", { name: "Skip, it hurts" }));
    canvas.getByRole("slider", { name: "Pain right now" }).focus();
    await userEvent.keyboard("{Home}");
    await userEvent.click(canvas.getByRole("button", { name: "Skip this exercise" }));
    await userEvent.click(canvas.getByRole("radio", { name: "Too hard" }));
    await userEvent.click(canvas.getByRole("button", { name: "Finish session" }));
    await expect(canvas.getByRole("heading", { name: "Session complete" })).toBeVisible();
  },
};

/** Spanish interface, content and the host's own title. */
export const Spanish: Story = {
  globals: { locale: "es" },
  args: { title: "Fase de fortalecimiento: la sesión de hoy" },
};

/**
 * Pain of 4 under the shipped rule means "Stop for today": the only way on is "End today's session", the log
 * records why, and the programme's warning signs are shown. Nothing resumes into the next exercise.
 */
export const StoppedByPain: Story = {
  args: {
    items: [{ exerciseId: "glute-bridge" }, { exerciseId: "front-plank" }],
    exercises: fixturesWithoutVideo,
    painRule: hipFlexorPainRule,
    redFlags: hipFlexorReturnToRun.redFlags,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Skip, it hurts" }));
    canvas.getByRole("slider", { name: "Pain right now" }).focus();
    await userEvent.keyboard("{Home}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}");
    await expect(canvas.getByText("Stop for today", { selector: "strong" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Skip this exercise" })).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: "End today's session" }));
    await waitFor(() => expect(canvas.getByRole("heading", { name: "Session ended" })).toHaveFocus());
    await expect(canvasElement.querySelector("[data-slot='session-player']")).toHaveAttribute("data-stage", "ended");
    await expect(canvas.queryByRole("heading", { name: "Front plank" })).toBeNull();
  },
};
