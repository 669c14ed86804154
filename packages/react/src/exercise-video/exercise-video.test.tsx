import { clamshell, createDemoMedia, demoMedia, mediaBaseResolver } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExerciseVideo } from "./exercise-video";
import { playerReady } from "./testing/player-ready";

// Served from a fixed base, so the URLs below do not depend on where the test runner serves the package.
const exercise: Exercise = { ...clamshell, media: createDemoMedia("clamshell", mediaBaseResolver("/movekit-media/")) };

describe("ExerciseVideo before it loads", () => {
  it("server-renders a lazy poster image, preload=none, no media URL, the chapters and the transcript", () => {
    const html = renderToString(<ExerciseVideo exercise={exercise} />);
    expect(html).toContain('preload="none"');
    // The poster is a lazy <img> (the browser fetches it only near the viewport), never the video's poster.
    expect(html).toMatch(/<img[^>]*src="\/movekit-media\/clamshell.poster.jpg"[^>]*loading="lazy"/);
    expect(html).not.toContain("poster=");
    expect(html).not.toMatch(/<video[^>]*\ssrc=/);
    expect(html).not.toContain("<track");
    expect(html).toContain("Keep your heels together as the knee opens.");
    expect(html).toContain(">Transcript<");
    // No style attributes (a strict CSP blocks them): the seek bar is a native range input.
    expect(html).not.toContain("style=");
  });
});

describe("ExerciseVideo loading on play", () => {
  beforeEach(() => {
    vi.spyOn(HTMLMediaElement.prototype, "canPlayType").mockImplementation((type) =>
      type === "video/mp4" ? "maybe" : "",
    );
    vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(() => new Promise<void>(() => {}));
    vi.stubGlobal(
      "fetch",
      vi.fn(() => new Promise(() => {})),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("fetches nothing before play, then attaches the first playable source and the caption tracks", async () => {
    const { container } = render(<ExerciseVideo exercise={exercise} />);
    await playerReady();
    const video = container.querySelector("video") as HTMLVideoElement;
    expect(video.getAttribute("src")).toBeNull();
    expect(video.getAttribute("preload")).toBe("none");
    expect(container.querySelectorAll("track")).toHaveLength(0);
    expect(fetch).not.toHaveBeenCalled();
    // The transcript is there already, built from the exercise's timed cues.
    const transcript = screen.getByRole("region", { name: "Transcript" });
    expect(transcript.querySelector("ol")).toHaveAttribute("data-source", "content");
    expect(transcript).toHaveTextContent("Keep your heels together as the knee opens.");
    act(() => screen.getByRole("button", { name: "Play" }).click());
    // WebM is listed first but this browser only plays MP4.
    expect(video.getAttribute("src")).toBe("/movekit-media/clamshell.mp4");
    expect(Array.from(container.querySelectorAll("track")).map((t) => t.getAttribute("srclang"))).toEqual([
      "en-GB",
      "es",
    ]);
    expect(fetch).toHaveBeenCalledWith("/movekit-media/clamshell.captions.en-GB.vtt", expect.anything());
  });

  it("fetches the caption file, and nothing else, when the transcript is asked for", async () => {
    const { container } = render(<ExerciseVideo exercise={{ ...exercise, cues: [] }} />);
    await playerReady();
    expect(fetch).not.toHaveBeenCalled();
    act(() => screen.getByRole("button", { name: "Show the transcript" }).click());
    expect(fetch).toHaveBeenCalledWith("/movekit-media/clamshell.captions.en-GB.vtt", expect.anything());
    expect((container.querySelector("video") as HTMLVideoElement).paused).toBe(true);
    expect(HTMLMediaElement.prototype.play).not.toHaveBeenCalled();
  });

  it("never uses unsafe URLs, and falls back when no source is left", () => {
    const media = {
      ...demoMedia.clamshell,
      sources: [{ src: "javascript:alert(1)//.mp4", type: "video/mp4" }],
      poster: "javascript:alert(2)",
      captions: [{ src: "data:text/vtt,WEBVTT", lang: "en-GB" as const, label: "English" }],
    };
    const { container } = render(<ExerciseVideo exercise={{ ...exercise, media }} />);
    // No playable source: the fallback shows at once, before anyone presses play.
    expect(container.innerHTML).not.toContain("javascript:");
    expect(container.innerHTML).not.toContain("data:text");
    expect(
      screen.getByText(/The video could not be played/, { selector: ".mk-exercise-video__notice" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Steps" })).toHaveTextContent("Pause for a second at the top.");
  });

  it("names the player and its controls in the reader's language", async () => {
    render(<ExerciseVideo exercise={exercise} locale="es" messages={es} />);
    await playerReady();
    expect(screen.getByRole("group", { name: "Vídeo del ejercicio: Almeja" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reproducir" })).toHaveAttribute("aria-keyshortcuts", "Space k");
    expect(screen.getByRole("button", { name: "Velocidad: 1×" })).toHaveAttribute("aria-haspopup", "menu");
    expect(screen.getByRole("button", { name: "Más controles" })).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("navigation", { name: "Capítulos" })).toHaveTextContent(
      "Mantén los talones juntos mientras abres la rodilla.",
    );
  });
});

// A ceiling for a busy shared machine (four renders), never a speed check.
describe("ExerciseVideo captions at the start", { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.spyOn(HTMLMediaElement.prototype, "canPlayType").mockImplementation((type) =>
      type === "video/mp4" ? "maybe" : "",
    );
    vi.spyOn(HTMLMediaElement.prototype, "play").mockImplementation(() => new Promise<void>(() => {}));
    vi.spyOn(HTMLMediaElement.prototype, "pause").mockImplementation(() => {});
    // The caption file never answers: captions wanted on show as loading (never pressed until they really show).
    vi.stubGlobal(
      "fetch",
      vi.fn(() => new Promise<Response>(() => {})),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
  const captionsAfterPlay = async (props: { defaultCaptionsOn?: boolean; captionsOn?: boolean }) => {
    const view = render(<ExerciseVideo exercise={exercise} {...props} />);
    await playerReady();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    const state = screen.getByRole("button", { name: "Captions" }).getAttribute("data-state");
    view.unmount();
    return state;
  };

  it("starts with captions on unless defaultCaptionsOn is false; the old captionsOn still works, with one warning", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await captionsAfterPlay({})).toBe("loading");
    expect(await captionsAfterPlay({ defaultCaptionsOn: false })).toBe("off");
    expect(warn).not.toHaveBeenCalled();
    expect(await captionsAfterPlay({ captionsOn: false })).toBe("off");
    expect(await captionsAfterPlay({ captionsOn: false, defaultCaptionsOn: true })).toBe("loading");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /ExerciseVideo: the `captionsOn` prop is deprecated; use `defaultCaptionsOn`/,
    );
  });
});

describe("ExerciseVideo first paint", () => {
  beforeEach(() => {
    vi.spyOn(HTMLMediaElement.prototype, "canPlayType").mockImplementation((type) =>
      type === "video/mp4" ? "maybe" : "",
    );
  });
  afterEach(() => vi.restoreAllMocks());

  it("paints the poster, Play and the player's name first, then the rest of the player around the same Play", async () => {
    const { container } = render(<ExerciseVideo exercise={exercise} />);
    // The first commit: what a bare <video poster> shows, with the player's name and a named Play button.
    expect(screen.getByRole("group", { name: /Clamshell/ })).toBeInTheDocument();
    expect(container.querySelector("[data-slot='poster']")).toHaveAttribute(
      "src",
      "/movekit-media/clamshell.poster.jpg",
    );
    const play = screen.getByRole("button", { name: "Play" });
    expect(play).toHaveAttribute("aria-keyshortcuts", "Space k");
    expect(screen.queryByRole("button", { name: "Speed: 1×" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Transcript" })).toBeNull();
    expect(container.querySelector("[data-slot='exercise-video']")).toHaveAttribute("data-pending");
    play.focus();
    // Then the rest: chapters, transcript and every control, with Play (and the focus on it) kept.
    expect(await screen.findByRole("region", { name: "Transcript" })).toHaveTextContent(
      "Keep your heels together as the knee opens.",
    );
    expect(screen.getByRole("navigation", { name: "Chapters" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Speed: 1×" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Play" })).toBe(play);
    expect(play).toHaveFocus();
    expect(container.querySelector("[data-slot='exercise-video']")).not.toHaveAttribute("data-pending");
  });
});
