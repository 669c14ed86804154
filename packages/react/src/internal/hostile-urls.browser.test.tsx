import { HOSTILE_URLS } from "@movekit/fixtures/hostile-urls";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ExerciseVideo } from "../exercise-video";
import { unsafeUrlsIn } from "./testing/unsafe-urls";

// Chromium, because the player only attaches sources the browser says it can play (jsdom can play nothing).
describe("ExerciseVideo props", () => {
  it("attaches a safe poster, source and caption track (so the hostile cases below are meaningful)", () => {
    const { container } = render(
      <ExerciseVideo
        lazy={false}
        sources={[{ src: "/media/clip.mp4", type: "video/mp4" }]}
        poster="/media/poster.jpg"
        captions={[{ src: "/media/clip.vtt", lang: "en-GB", label: "English" }]}
      />,
    );
    // The poster is a lazy <img> over the video (the video itself fetches nothing before play).
    expect(container.querySelector('[data-slot="poster"]')?.getAttribute("src")).toBe("/media/poster.jpg");
    expect(container.querySelector("track")?.getAttribute("src")).toBe("/media/clip.vtt");
  });

  it.each(HOSTILE_URLS)("never lets %j reach the media element", (url) => {
    const { container } = render(
      <ExerciseVideo
        lazy={false}
        sources={[{ src: url, type: "video/mp4" }]}
        poster={url}
        captions={[{ src: url, lang: "en-GB", label: "English" }]}
      />,
    );
    expect(unsafeUrlsIn(container)).toEqual([]);
  });
});
