// What the player asks of the network, watched from the page itself (Playwright commands, see
// vitest.network-commands.ts): nothing before play, only the played player's files after, and a source or caption
// file that never answers ends in the written guidance and a truthful captions control.
import { clamshell } from "@movekit/content";
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { commands, userEvent } from "vitest/browser";
import { listenTo } from "../internal/testing/announcements";
import { ExerciseVideo } from "./exercise-video";
import { markedMedia, mediaRequests, uniqueMarker } from "./testing/network";
import { playerReady } from "./testing/player-ready";

const markers: string[] = [];
const watch = async (name: string) => {
  const marker = uniqueMarker(name);
  markers.push(marker);
  await commands.recordRequests(marker);
  return marker;
};
afterEach(async () => {
  for (const marker of markers.splice(0)) {
    await commands.releaseRequests(marker);
    await commands.stopRecording(marker);
  }
});

const requests = async (marker: string) => mediaRequests(await commands.recordedRequests(marker));
const player = (name: string) => screen.getByRole("group", { name: `Exercise video: ${name}` });

describe("ExerciseVideo on a page with three players", () => {
  it("fetches no video or caption bytes before play, then only the played player's", async () => {
    const [one, two, three] = [await watch("one"), await watch("two"), await watch("three")];
    const exercise = (marker: string, name: string) => ({
      ...clamshell,
      name: { "en-GB": name },
      media: markedMedia(marker),
    });
    render(
      <main>
        <ExerciseVideo exercise={exercise(one, "One")} />
        <ExerciseVideo exercise={exercise(two, "Two")} />
        {/* Far below the fold: its lazy poster must not load either. */}
        <div style={{ height: "6000px" }} />
        <ExerciseVideo exercise={exercise(three, "Three")} />
      </main>,
    );
    await playerReady();
    // The page has settled: the first poster (in view) has arrived.
    const poster = player("One").querySelector<HTMLImageElement>('[data-slot="poster"]');
    await expect.poll(() => poster?.complete && poster.naturalWidth > 0).toBe(true);
    expect(await requests(one)).toEqual([]);
    expect(await requests(two)).toEqual([]);
    expect(await requests(three)).toEqual([]);
    // The poster is the only image, and a lazy one: the far player's is not fetched.
    expect((await commands.recordedRequests(one)).filter((line) => line.startsWith("image"))).toHaveLength(1);
    expect(await commands.recordedRequests(three)).toEqual([]);
    // The transcript is there without the caption file, from the exercise's timed cues.
    expect(
      within(player("Two").parentElement as HTMLElement).getByRole("region", { name: "Transcript" }),
    ).toHaveTextContent("Keep your heels together as the knee opens.");

    await userEvent.click(within(player("Two")).getByRole("button", { name: "Play" }));
    const video = player("Two").querySelector("video") as HTMLVideoElement;
    await expect.poll(() => video.currentTime).toBeGreaterThan(0);
    await expect.poll(async () => (await requests(two)).some((line) => /\.vtt/.test(line))).toBe(true);
    expect((await requests(two)).some((line) => /\.(mp4|webm)/.test(line))).toBe(true);
    expect(await requests(one)).toEqual([]);
    expect(await requests(three)).toEqual([]);
  });
});

describe("ExerciseVideo before play", () => {
  it("keeps a chapter chosen before play as the start, fetching nothing until Play", async () => {
    const marker = await watch("chapter");
    render(<ExerciseVideo exercise={{ ...clamshell, media: markedMedia(marker) }} />);
    await playerReady();
    const chapters = screen.getByRole("navigation", { name: "Chapters" });
    await userEvent.click(within(chapters).getByRole("button", { name: /Lower slowly/ }));
    expect(screen.getByRole("slider", { name: "Seek" })).toHaveValue("6.5");
    expect(await requests(marker)).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    const video = document.querySelector("video") as HTMLVideoElement;
    await expect.poll(() => video.currentTime).toBeGreaterThan(0);
    // The first time the video reports is the chapter's, not the clip's start.
    expect(video.currentTime).toBeGreaterThanOrEqual(6.4);
  });
});

describe("ExerciseVideo when the network never answers", () => {
  it("shows the 'not loading' notice, the steps and the transcript after the stall time", async () => {
    const marker = await watch("stall");
    await commands.holdRequests(marker);
    render(
      <ExerciseVideo
        exercise={{ ...clamshell, media: markedMedia(marker, { captions: false }) }}
        stallTimeoutMs={1500}
      />,
    );
    await playerReady();
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    // The video did ask, and is waiting for ever.
    await expect.poll(() => commands.heldRequests(marker)).toBeGreaterThan(0);
    const shown = { selector: ".mk-exercise-video__notice" };
    await expect.poll(() => screen.queryByText(/The video has stopped loading/, shown)).not.toBeNull();
    const notice = screen.getByText(/The video has stopped loading/, shown);
    expect(notice).toBeVisible();
    // Screen readers hear the same words from the kit's one live region.
    expect(screen.getByRole("status")).toHaveTextContent(notice.textContent ?? "-");
    expect(document.querySelector('[data-slot="exercise-video"]')).toHaveAttribute("data-state", "error");
    expect(screen.getByRole("region", { name: "Steps" })).toHaveTextContent("Pause for a second at the top.");
    expect(screen.getByRole("region", { name: "Transcript" })).toHaveTextContent(
      "Don't let your pelvis roll backwards to lift the knee higher.",
    );
  });

  it("says captions are unavailable when the caption file never arrives, while the video plays", async () => {
    const marker = await watch("captions");
    await commands.holdRequests(marker);
    render(
      <ExerciseVideo
        exercise={{ ...clamshell, media: markedMedia(marker, { video: false, poster: false }) }}
        captionTimeoutMs={1500}
      />,
    );
    await playerReady();
    expect(screen.getByRole("button", { name: "Captions" })).toHaveAttribute("aria-pressed", "true");
    // The one live region also speaks each chapter as the video plays, so what was heard is checked, not what is
    // in the region at the end.
    const announcer = listenTo("exercise-video-announcer");
    await userEvent.click(screen.getByRole("button", { name: "Play" }));
    await expect.poll(() => commands.heldRequests(marker)).toBeGreaterThan(0);
    await expect.poll(() => screen.queryByRole("button", { name: "Captions unavailable" })).not.toBeNull();
    const button = screen.getByRole("button", { name: "Captions unavailable" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(button).toHaveAttribute("aria-disabled", "true");
    const notice = screen.getByText(/Captions could not be loaded/, { selector: ".mk-exercise-video__notice" });
    expect(notice).toBeVisible();
    await expect.poll(() => announcer.heard()).toContain(notice.textContent);
    announcer.stop();
    expect(screen.getByRole("region", { name: "Steps" })).toBeVisible();
    const video = document.querySelector("video") as HTMLVideoElement;
    await expect.poll(() => video.currentTime).toBeGreaterThan(0);
    // The tracks are switched off in an effect after the notice renders: wait for it, not for a time.
    await expect.poll(() => Array.from(video.textTracks).filter((track) => track.mode === "showing").length).toBe(0);
  });
});
