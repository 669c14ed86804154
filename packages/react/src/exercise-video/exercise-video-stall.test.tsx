import { clamshell, demoMedia } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listenTo } from "../internal/testing/announcements";
import { ExerciseVideo } from "./exercise-video";
import { STALL_TIMEOUT_MS } from "./use-stall-watch";
import { CAPTION_TIMEOUT_MS } from "./use-transcript";

const exercise: Exercise = { ...clamshell, media: demoMedia.clamshell };

// A network that never answers, and a clock the test moves: no real waiting anywhere.
let answer: (url: string) => Promise<Response>;
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(HTMLMediaElement.prototype, "canPlayType").mockImplementation((type) =>
    type === "video/mp4" ? "maybe" : "",
  );
  vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(() => new Promise<void>(() => {}));
  vi.spyOn(HTMLMediaElement.prototype, "pause").mockImplementation(() => {});
  answer = () => new Promise<Response>(() => {});
  vi.stubGlobal(
    "fetch",
    vi.fn((url: string) => answer(url)),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderAndPlay(props: { stallTimeoutMs?: number } = {}) {
  const view = render(<ExerciseVideo exercise={exercise} {...props} />);
  // The rest of the player mounts after the first frame: the fake clock runs that frame and the task after it.
  act(() => {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  });
  fireEvent.click(screen.getByRole("button", { name: "Play" }));
  return view;
}
// Caption tests: the video must not give up first (it stalls too, on this network).
const captionsOnly = { stallTimeoutMs: CAPTION_TIMEOUT_MS * 10 };

const video = (container: HTMLElement) => container.querySelector("video") as HTMLVideoElement;
// The visible notices; the shared live region says the same words, so queries name the notice.
const notice = { selector: ".mk-exercise-video__notice" };
const stalledNotice = () => screen.queryByText(/The video has stopped loading/, notice);
const trackNotice = () => screen.queryByText(/Captions could not be loaded/, notice);

describe("ExerciseVideo when the network stalls", () => {
  it("says the video stopped loading and shows the steps and transcript 10 s after play with no progress", () => {
    renderAndPlay();
    const listener = listenTo("exercise-video-announcer");
    act(() => vi.advanceTimersByTime(STALL_TIMEOUT_MS - 1));
    expect(stalledNotice()).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(stalledNotice()).toBeVisible();
    // Heard once, through the kit's one live region, in the notice's own words.
    expect(listener.heard()).toEqual([stalledNotice()?.textContent]);
    listener.stop();
    expect(screen.getByRole("region", { name: "Steps" })).toHaveTextContent("Pause for a second at the top.");
    expect(screen.getByRole("region", { name: "Transcript" })).toBeInTheDocument();
    expect(document.querySelector("[data-slot='exercise-video']")).toHaveAttribute("data-state", "error");
  });

  it("gives up even when play is pressed before the player has attached a source", () => {
    render(<ExerciseVideo exercise={exercise} />);
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    act(() => vi.advanceTimersByTime(STALL_TIMEOUT_MS));
    expect(stalledNotice()).not.toBeNull();
  });

  it("keeps playing while the video makes progress, and restarts the countdown when it buffers", () => {
    const { container } = renderAndPlay();
    const element = video(container);
    Object.defineProperty(element, "paused", { configurable: true, get: () => false });
    for (let second = 1; second <= 15; second++) {
      act(() => vi.advanceTimersByTime(1000));
      Object.defineProperty(element, "currentTime", { configurable: true, writable: true, value: second });
      fireEvent.timeUpdate(element);
    }
    expect(stalledNotice()).toBeNull();
    fireEvent.waiting(element);
    act(() => vi.advanceTimersByTime(STALL_TIMEOUT_MS));
    expect(stalledNotice()).not.toBeNull();
  });

  it("does not give up on a video the person paused", () => {
    renderAndPlay();
    fireEvent.pause(video(document.body));
    act(() => vi.advanceTimersByTime(STALL_TIMEOUT_MS * 3));
    expect(stalledNotice()).toBeNull();
  });

  it("waits as long as the host asks (stallTimeoutMs)", () => {
    render(<ExerciseVideo exercise={exercise} stallTimeoutMs={20_000} />);
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    act(() => vi.advanceTimersByTime(STALL_TIMEOUT_MS));
    expect(stalledNotice()).toBeNull();
    act(() => vi.advanceTimersByTime(10_000));
    expect(stalledNotice()).not.toBeNull();
  });
});

describe("ExerciseVideo captions that do not arrive", () => {
  it("fetches no caption file before play", () => {
    render(<ExerciseVideo exercise={exercise} />);
    act(() => vi.advanceTimersByTime(CAPTION_TIMEOUT_MS * 2));
    expect(fetch).not.toHaveBeenCalled();
    expect(trackNotice()).toBeNull();
  });

  it("does not show captions as on until the file has arrived", () => {
    renderAndPlay(captionsOnly);
    const button = screen.getByRole("button", { name: "Captions" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(button).toHaveAttribute("data-state", "loading");
  });

  it("after 10 s without the caption file, says captions failed, shows them off and shows the steps", () => {
    renderAndPlay(captionsOnly);
    act(() => vi.advanceTimersByTime(CAPTION_TIMEOUT_MS));
    const button = screen.getByRole("button", { name: "Captions unavailable" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAttribute("data-state", "failed");
    expect(trackNotice()).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent(trackNotice()?.textContent ?? "-");
    expect(screen.queryByText("Loading the transcript…")).toBeNull();
    expect(screen.getByRole("region", { name: "Steps" })).toHaveTextContent("Pause for a second at the top.");
    const track = Array.from(video(document.body).textTracks).find((t) => t.language === "en-GB");
    if (track) expect(track.mode).not.toBe("showing");
  });

  it("treats a caption file with duplicate cue ids as failed, never as captions on", async () => {
    answer = async () =>
      new Response("WEBVTT\n\na\n00:00.000 --> 00:01.000\nOne\n\na\n00:01.000 --> 00:02.000\nTwo\n", { status: 200 });
    renderAndPlay(captionsOnly);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole("button", { name: "Captions unavailable" })).toHaveAttribute("aria-pressed", "false");
    expect(trackNotice()).toBeInTheDocument();
  });

  it("shows the caption lines and captions on when the file arrives in time", async () => {
    answer = async () => new Response("WEBVTT\n\n00:00.000 --> 00:01.000\nLie on your side.\n", { status: 200 });
    renderAndPlay(captionsOnly);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    act(() => vi.advanceTimersByTime(CAPTION_TIMEOUT_MS * 2));
    expect(screen.getByRole("button", { name: "Captions" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("region", { name: "Transcript" })).toHaveTextContent("Lie on your side.");
    expect(trackNotice()).toBeNull();
  });
});
