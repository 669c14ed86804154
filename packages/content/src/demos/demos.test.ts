import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { isSafeUrl } from "@movekit/core";
import { checkMovementDemo } from "@movekit/core/demo";
import { chaptersFromCues, serializeWebVtt } from "@movekit/core/video";
import { describe, expect, it } from "vitest";
import { library } from "../library";
import { movementDemos } from "./index";
import { DEMO_CLIP_IDS, demoClipFiles, demoMedia } from "./media";

const mediaDir = resolve(import.meta.dirname, "../../media");

describe("movement demos", () => {
  it.each(Object.entries(movementDemos))("%s is playable and names an exercise in the library", (id, demo) => {
    expect(checkMovementDemo(demo)).toEqual([]);
    expect(demo.exerciseId).toBe(id);
    expect(library.exercises.map((e) => e.id)).toContain(id);
    expect(demo.alt.es).toBeTruthy();
  });
});

describe("demo clips", () => {
  it.each(DEMO_CLIP_IDS)("%s: every file of the media entry exists, behind a safe URL", (id) => {
    const files = demoClipFiles(id);
    for (const name of [
      files.mp4,
      files.webm,
      files.poster,
      ...Object.values(files.captions),
      ...Object.values(files.chapters),
    ]) {
      expect(statSync(join(mediaDir, name)).size, name).toBeGreaterThan(0);
    }
    expect(demoMedia[id].sources.every((s) => isSafeUrl(s.src))).toBe(true);
  });

  it.each(DEMO_CLIP_IDS)("%s: the media entry states the rendered movement's length", (id) => {
    // Written out in the clip (so the keyframes stay out of an exercise's bundle); this keeps the two in step.
    expect(demoMedia[id].durationSeconds).toBe(movementDemos[id]?.duration);
    expect(library.exercises.find((e) => e.id === id)?.media?.durationSeconds).toBe(movementDemos[id]?.duration);
  });

  it.each(DEMO_CLIP_IDS)(
    "%s: captions and chapters match the exercise's cue times and words (re-render if not)",
    (id) => {
      const exercise = library.exercises.find((e) => e.id === id);
      const demo = movementDemos[id];
      expect(exercise?.media?.sources).toEqual(demoMedia[id].sources);
      for (const locale of ["en-GB", "es"] as const) {
        const lines = chaptersFromCues(exercise?.cues ?? [], locale).map((c) => ({
          id: c.id,
          start: c.start,
          end: c.end,
          text: c.label,
        }));
        expect(lines.length).toBeGreaterThan(1);
        expect(Math.max(...lines.map((l) => l.end))).toBeLessThanOrEqual(demo?.duration ?? 0);
        const expected = serializeWebVtt(lines, { header: `captions ${locale}` });
        const actual = readFileSync(join(mediaDir, demoClipFiles(id).captions[locale]), "utf8");
        expect(actual, "run pnpm --filter @movekit/content media").toBe(expected);
      }
    },
  );

  it("keeps all media within 5 MB and states its licence", () => {
    const total = readdirSync(mediaDir).reduce((sum, name) => sum + statSync(join(mediaDir, name)).size, 0);
    expect(total).toBeLessThan(5 * 1024 * 1024);
    expect(readFileSync(join(mediaDir, "LICENSE.md"), "utf8")).toContain("CC BY 4.0");
  });
});
