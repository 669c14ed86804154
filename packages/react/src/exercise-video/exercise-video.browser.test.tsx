/// <reference types="vite/client" />

import { clamshellDemo } from "@movekit/content";
import type { Media } from "@movekit/core";
import { act, render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { page, userEvent } from "vitest/browser";
import { CueList } from "../cue-list";
import { listenTo } from "../internal/testing/announcements";
import { MovekitProvider } from "../movekit-provider";
import { MovementDemo } from "../movement-demo";
import { ExerciseVideo } from "./exercise-video";
import { clamshellWithMedia, demoFileUrl, demoMediaFor } from "./testing/demo-media";
import hostileVtt from "./testing/hostile.vtt?url";
import { playerReady } from "./testing/player-ready";
import { type UseExerciseVideoOptions, useExerciseVideo } from "./use-exercise-video";

const exercise = clamshellWithMedia();

/**
 * The player and a CueList sharing one controller, plus a button outside the player. Media attach at once
 * (`lazy: false`) unless a test asks otherwise: what loads before play is tested in the network test file.
 */
function Harness(props: Partial<UseExerciseVideoOptions>) {
  const video = useExerciseVideo({ exercise, lazy: false, ...props });
  return (
    <main>
      <ExerciseVideo controller={video} />
      <CueList
        cues={exercise.cues}
        activeCueId={video.activeCue?.id}
        onCueSelect={(_, id) => video.actions.seekChapter(id)}
      />
      <button type="button">Outside the player</button>
    </main>
  );
}

const videoElement = () => document.querySelector("video") as HTMLVideoElement;
const whenReady = () => expect.poll(() => videoElement()?.readyState ?? 0).toBeGreaterThan(0);

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  consoleError = vi.spyOn(console, "error");
  // A laptop-width player: every control in the bar (the compact layout is tested in video-controls.browser.test).
  await page.viewport(1024, 768);
});
afterEach(() => {
  consoleError.mockRestore();
});

describe("ExerciseVideo on the real clamshell clip", () => {
  it("plays and pauses from its own button, attaching the source only on play", async () => {
    render(<Harness lazy />);
    await playerReady();
    expect(videoElement().getAttribute("src")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    await expect.poll(() => videoElement().currentTime).toBeGreaterThan(0.2);
    expect(screen.getByRole("button", { name: "Pause" })).toHaveAttribute("data-state", "playing");
    await userEvent.click(screen.getByRole("button", { name: "Pause" }));
    await expect.poll(() => videoElement().paused).toBe(true);
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
  });

  it("seeks to a chapter's start and highlights the matching cue in CueList", async () => {
    render(<Harness />);
    await playerReady();
    await whenReady();
    const chapters = screen.getByRole("navigation", { name: "Chapters" });
    const chapter = within(chapters).getByRole("button", { name: /Lower slowly; don.t let the knee drop/ });
    // The transcript has a line with the same words, so the click goes to this element directly.
    act(() => chapter.click());
    await expect.poll(() => Math.abs(videoElement().currentTime - 6.5)).toBeLessThan(0.25);
    await expect.poll(() => chapter.getAttribute("aria-current")).toBe("true");
    const activeCue = document.querySelector('[data-slot="cue"][data-state="active"]');
    expect(activeCue).toHaveTextContent("Lower slowly");
    const thumb = screen.getByRole("slider", { name: "Seek" });
    expect(thumb).toHaveAttribute("aria-valuetext", "0:06 of 0:10, chapter: Lower slowly; don't let the knee drop.");
  });

  it("seeks when a cue in CueList is chosen (same state, no second clock)", async () => {
    render(<Harness />);
    await playerReady();
    await whenReady();
    const cueButton = screen
      .getAllByRole("button", { name: /heels together as the knee opens/i })
      .find((b) => b.closest('[data-slot="cue-list"]'));
    if (!cueButton) throw new Error("CueList rendered no button for the lift cue");
    await userEvent.click(cueButton);
    await expect.poll(() => Math.abs(videoElement().currentTime - 2.5)).toBeLessThan(0.25);
    const chapters = screen.getByRole("navigation", { name: "Chapters" });
    expect(within(chapters).getByRole("button", { name: /heels together as the knee opens/i })).toHaveAttribute(
      "aria-current",
      "true",
    );
  });

  it("switches the caption track between showing and hidden, and changes language", async () => {
    render(<Harness />);
    await playerReady();
    await whenReady();
    const track = (lang: string) => Array.from(videoElement().textTracks).find((t) => t.language === lang);
    await expect.poll(() => track("en-GB")?.mode).toBe("showing");
    const toggle = screen.getByRole("button", { name: "Captions" });
    // Pressed only once the caption file has really arrived.
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    await userEvent.click(toggle);
    expect(track("en-GB")?.mode).toBe("hidden");
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    expect(track("en-GB")?.mode).toBe("showing");
    await userEvent.click(screen.getByRole("button", { name: "More controls" }));
    await userEvent.click(screen.getByRole("menuitemradio", { name: "Caption language: Español" }));
    await expect.poll(() => track("es")?.mode).toBe("showing");
    expect(track("en-GB")?.mode).toBe("hidden");
    // The transcript follows the caption language.
    const transcript = screen.getByRole("region", { name: "Transcript" });
    await expect.poll(() => transcript.textContent).toContain("Baja despacio; no dejes caer la rodilla.");
  });

  it("builds the transcript from the captions file and seeks when a line is clicked", async () => {
    render(<Harness />);
    await playerReady();
    const transcript = screen.getByRole("region", { name: "Transcript" });
    const line = await vi.waitFor(() => within(transcript).getByRole("button", { name: /pelvis roll backwards/ }));
    await whenReady();
    await userEvent.click(line);
    await expect.poll(() => Math.abs(videoElement().currentTime - 5)).toBeLessThan(0.25);
    await expect.poll(() => line.getAttribute("aria-current")).toBe("true");
  });

  it("acts on shortcuts only while focus is inside the player, and announces them", async () => {
    render(<Harness />);
    await playerReady();
    await whenReady();
    const play = screen.getByRole("button", { name: "Play" });
    expect(play).toHaveAttribute("aria-keyshortcuts", "Space k");
    expect(screen.getByRole("slider", { name: "Seek" })).toHaveAttribute(
      "aria-keyshortcuts",
      "j ArrowLeft l ArrowRight",
    );

    // Focus outside: nothing happens.
    screen.getByRole("button", { name: "Outside the player" }).focus();
    await userEvent.keyboard("l");
    await userEvent.keyboard("c");
    expect(videoElement().currentTime).toBe(0);
    const captions = screen.getByRole("button", { name: "Captions" });
    await expect.poll(() => captions.getAttribute("aria-pressed")).toBe("true");

    // Focus inside: l jumps 5 s, j back, c toggles captions, k plays.
    screen.getByRole("button", { name: "Mute" }).focus();
    await userEvent.keyboard("l");
    await expect.poll(() => videoElement().currentTime).toBe(5);
    await userEvent.keyboard("j");
    await expect.poll(() => videoElement().currentTime).toBe(0);
    await userEvent.keyboard("c");
    expect(screen.getByRole("button", { name: "Captions" })).toHaveAttribute("aria-pressed", "false");
    await userEvent.keyboard("k");
    await expect.poll(() => videoElement().paused).toBe(false);
    await userEvent.keyboard("k");
    await expect.poll(() => videoElement().paused).toBe(true);
  });

  it("says the chapter through the kit's one live region once per chapter while playing", async () => {
    render(<Harness />);
    await playerReady();
    await whenReady();
    const listener = listenTo("exercise-video-announcer");
    expect(screen.getAllByRole("status")).toEqual([listener.region]);
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    await expect.poll(() => listener.heard().length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole("button", { name: "Pause" }));
    await expect.poll(() => videoElement().paused).toBe(true);
    const heard = listener.heard();
    listener.stop();
    for (const text of heard) expect(text).toMatch(/^Chapter: \S/);
    // Each change is heard once: never the same chapter twice in a row.
    expect(heard.filter((text, i) => text === heard[i - 1])).toEqual([]);
  });

  it("changes speed and loops the current chapter", async () => {
    render(<Harness />);
    await playerReady();
    await whenReady();
    await userEvent.click(screen.getByRole("button", { name: "Speed: 1×" }));
    await userEvent.click(screen.getByRole("menuitemradio", { name: "0.5×" }));
    expect(videoElement().playbackRate).toBe(0.5);
    await userEvent.click(screen.getByRole("button", { name: "Speed: 0.5×" }));
    expect(screen.getByRole("menuitemradio", { name: "0.5×" })).toHaveAttribute("aria-checked", "true");
    await userEvent.click(screen.getByRole("menuitemradio", { name: "1×" }));
    await userEvent.click(
      within(screen.getByRole("navigation", { name: "Chapters" })).getByRole("button", {
        name: /pelvis roll backwards/,
      }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Loop chapter" }));
    expect(screen.getByRole("button", { name: "Loop chapter" })).toHaveAttribute("aria-pressed", "true");
    // The pelvis chapter is 5–6.5 s: wait (no fixed sleep) until playing jumps back, then it must be inside it.
    const element = videoElement();
    let last = element.currentTime;
    let jumpedBack = false;
    element.addEventListener("timeupdate", () => {
      if (element.currentTime < last - 0.5) jumpedBack = true;
      last = element.currentTime;
    });
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    await expect.poll(() => jumpedBack).toBe(true);
    const time = element.currentTime;
    expect(time).toBeGreaterThanOrEqual(5);
    expect(time).toBeLessThan(6.8);
  });

  it("has no axe violations", async () => {
    const { container } = render(<Harness />);
    await playerReady();
    await whenReady();
    const result = await axe.run(container);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });
});

describe("ExerciseVideo with an HLS stream", () => {
  const playsTheStream = async () => {
    await whenReady();
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    await expect.poll(() => videoElement().currentTime).toBeGreaterThan(0.2);
    expect(consoleError).not.toHaveBeenCalled();
  };

  it("plays it natively where the browser can", async () => {
    const playlist = demoFileUrl("clamshell.m3u8");
    render(<Harness sources={[{ src: playlist }]} />);
    await playerReady();
    await expect.poll(() => videoElement()?.src ?? "").toMatch(/clamshell\.m3u8$/);
    await playsTheStream();
  });

  it("plays it through hls.js, loaded on demand, where the browser cannot", async () => {
    const native = HTMLMediaElement.prototype.canPlayType;
    const spy = vi.spyOn(HTMLMediaElement.prototype, "canPlayType").mockImplementation(function (
      this: HTMLMediaElement,
      type: string,
    ) {
      return type.includes("mpegurl") ? "" : native.call(this, type);
    });
    try {
      render(<Harness sources={[{ src: demoFileUrl("clamshell.m3u8") }]} />);
      await playerReady();
      // hls.js feeds the element through Media Source Extensions, so its src becomes a blob: URL.
      await expect.poll(() => videoElement()?.src ?? "").toMatch(/^blob:/);
      await playsTheStream();
    } finally {
      spy.mockRestore();
    }
  });
});

describe("ExerciseVideo when things fail", () => {
  const missing = (name: string) => `/packages/content/media/missing-${name}`;

  // How fast the fallback appears is measured in `pnpm bench`, not asserted here (a busy machine is slow).
  it("shows poster, steps and transcript after a 404, with no console error", async () => {
    expect((await fetch(missing("clip.webm"))).status).toBe(404);
    const media: Media = {
      ...demoMediaFor("clamshell"),
      sources: [
        { src: missing("clip.webm"), type: "video/webm" },
        { src: missing("clip.mp4"), type: "video/mp4" },
      ],
    };
    render(<Harness exercise={{ ...exercise, media }} />);
    await playerReady();
    const notice = await vi.waitFor(() =>
      screen.getByText(/The video could not be played/, { selector: ".mk-exercise-video__notice" }),
    );
    expect(notice).toBeVisible();
    expect(document.querySelector("video")).toBeNull();
    expect(screen.getByRole("img", { name: /opening and closing the top knee/ })).toBeVisible();
    expect(screen.getByRole("region", { name: "Steps" })).toHaveTextContent(
      "Keeping your feet touching, slowly lift the top knee",
    );
    const transcript = screen.getByRole("region", { name: "Transcript" });
    expect(transcript).toBeVisible();
    await expect.poll(() => transcript.textContent).toContain("Lower slowly");
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("says so and shows the written steps when a caption file fails to load", async () => {
    const media: Media = {
      ...demoMediaFor("clamshell"),
      captions: [{ src: missing("captions.vtt"), lang: "en-GB", label: "English" }],
    };
    render(<Harness exercise={{ ...exercise, media }} />);
    await playerReady();
    await vi.waitFor(() =>
      screen.getByText(/Captions could not be loaded/, { selector: ".mk-exercise-video__notice" }),
    );
    expect(screen.getByRole("region", { name: "Steps" })).toBeVisible();
    // The description transcript is still there for people who cannot watch.
    expect(screen.getByRole("region", { name: "Transcript" })).toHaveTextContent("Silent demonstration");
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("renders hostile caption markup as plain text: no script runs, no element is injected", async () => {
    const media: Media = {
      ...demoMediaFor("clamshell"),
      captions: [{ src: hostileVtt, lang: "en-GB", label: "English" }],
    };
    render(<Harness exercise={{ ...exercise, media }} />);
    await playerReady();
    const transcript = screen.getByRole("region", { name: "Transcript" });
    await vi.waitFor(() => within(transcript).getByRole("button", { name: /Lift <b>slowly<\/b> now/ }));
    expect(transcript.querySelector("script, img, a, b")).toBeNull();
    expect(transcript).toHaveTextContent("javascript:alert(1)");
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});

describe("ExerciseVideo autoplay", () => {
  it("plays a muted demo loop by itself when motion is allowed", async () => {
    render(<Harness autoPlayMutedLoop reducedMotion={false} />);
    await playerReady();
    await expect.poll(() => videoElement()?.paused).toBe(false);
    expect(videoElement().muted).toBe(true);
    expect(videoElement().loop).toBe(true);
    // The loop is longer than 5 s, so its pause control is visible.
    expect(await vi.waitFor(() => screen.getByRole("button", { name: "Pause" }))).toBeVisible();
  });

  it("never autoplays under reduced motion, and never autoplays with sound", async () => {
    render(
      <MovekitProvider reducedMotion="always">
        <Harness autoPlayMutedLoop />
        <MovementDemo demo={clamshellDemo} />
      </MovekitProvider>,
    );
    await playerReady();
    await whenReady();
    // Autoplay would start as soon as the source is attached; once its metadata is in, it has had its chance.
    await expect.poll(() => videoElement().readyState).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_METADATA);
    await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    expect(videoElement().paused).toBe(true);
    expect(videoElement().autoplay).toBe(false);
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "still");
    expect(document.getAnimations()).toHaveLength(0);
  });
});
