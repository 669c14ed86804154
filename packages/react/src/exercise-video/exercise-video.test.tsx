import { clamshell, createDemoMedia, demoMedia, mediaBaseResolver } from "@movekit/content";
import type { Exercise } from "@movekit/core";
import { act, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExerciseVideo } from "./exercise-video";

// Served from a fixed base, so the URLs below do not depend on where the test runner serves the package.
const exercise: Exercise = { ...clamshell, media: createDemoMedia("clamshell", mediaBaseResolver("/movekit-media/")) };

describe("ExerciseVideo before it loads", () => {
  it("server-renders a poster with preload=none, no media URL, the chapters and the transcript heading", () => {
    const html = renderToString(<ExerciseVideo exercise={exercise} />);
    expect(html).toContain('preload="none"');
    expect(html).toContain('poster="/movekit-media/clamshell.poster.jpg"');
    expect(html).not.toMatch(/<video[^>]*\ssrc=/);
    expect(html).not.toContain("<track");
    expect(html).toContain("Keep your heels together as the knee opens.");
    expect(html).toContain(">Transcript<");
    // No style attributes (a strict CSP blocks them): the seek slider comes with hydration.
    expect(html).not.toContain("style=");
  });
});

describe("ExerciseVideo loading near the viewport", () => {
  let fire: ((entries: Array<{ isIntersecting: boolean }>) => void) | undefined;
  beforeEach(() => {
    fire = undefined;
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
          fire = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    vi.spyOn(HTMLMediaElement.prototype, "canPlayType").mockImplementation((type) =>
      type === "video/mp4" ? "maybe" : "",
    );
    vi.stubGlobal(
      "fetch",
      vi.fn(() => new Promise(() => {})),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("attaches the first playable source and the caption tracks only once near the viewport", () => {
    const { container } = render(<ExerciseVideo exercise={exercise} />);
    const video = container.querySelector("video") as HTMLVideoElement;
    expect(video.getAttribute("src")).toBeNull();
    expect(container.querySelectorAll("track")).toHaveLength(0);
    expect(fetch).not.toHaveBeenCalled();
    act(() => fire?.([{ isIntersecting: true }]));
    // WebM is listed first but this browser only plays MP4.
    expect(video.getAttribute("src")).toBe("/movekit-media/clamshell.mp4");
    expect(video.getAttribute("preload")).toBe("metadata");
    expect(Array.from(container.querySelectorAll("track")).map((t) => t.getAttribute("srclang"))).toEqual([
      "en-GB",
      "es",
    ]);
    expect(fetch).toHaveBeenCalledWith("/movekit-media/clamshell.captions.en-GB.vtt", expect.anything());
  });

  it("never uses unsafe URLs, and falls back when no source is left", () => {
    const media = {
      ...demoMedia.clamshell,
      sources: [{ src: "javascript:alert(1)//.mp4", type: "video/mp4" }],
      poster: "javascript:alert(2)",
      captions: [{ src: "data:text/vtt,WEBVTT", lang: "en-GB" as const, label: "English" }],
    };
    const { container } = render(<ExerciseVideo exercise={{ ...exercise, media }} />);
    act(() => fire?.([{ isIntersecting: true }]));
    expect(container.innerHTML).not.toContain("javascript:");
    expect(container.innerHTML).not.toContain("data:text");
    expect(screen.getByText(/The video could not be played/)).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Steps" })).toHaveTextContent("Pause for a second at the top.");
  });

  it("names the player and its controls in the reader's language", () => {
    render(<ExerciseVideo exercise={exercise} locale="es" />);
    expect(screen.getByRole("group", { name: "Vídeo del ejercicio: Almeja" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reproducir" })).toHaveAttribute("aria-keyshortcuts", "Space k");
    expect(screen.getByRole("group", { name: "Velocidad" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Capítulos" })).toHaveTextContent(
      "Mantén los talones juntos mientras abres la rodilla.",
    );
  });
});
