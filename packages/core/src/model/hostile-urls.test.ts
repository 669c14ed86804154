import { exerciseFixture } from "@movekit/fixtures/exercise-inputs";
import { HOSTILE_URLS } from "@movekit/fixtures/hostile-urls";
import { describe, expect, it } from "vitest";
import { parseExercise } from "./parse";

describe("content validation refuses every hostile URL", () => {
  it("has at least 20 disguised javascript:-style variants to try", () => {
    expect(HOSTILE_URLS.filter((u) => /script|data/i.test(u)).length).toBeGreaterThanOrEqual(20);
  });

  it.each(HOSTILE_URLS)("rejects %j as a poster, a video source and a caption track", (url) => {
    const exercise = exerciseFixture();
    const media = exercise.media;
    if (!media) throw new Error("fixture has media");
    const hostile = {
      ...exercise,
      media: {
        ...media,
        poster: url,
        sources: [{ ...media.sources[0], src: url }],
        captions: [{ ...media.captions[0], src: url }],
      },
    };
    const result = parseExercise(hostile);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.media\.poster /),
        expect.stringMatching(/^\$\.media\.sources\[0\]\.src /),
        expect.stringMatching(/^\$\.media\.captions\[0\]\.src /),
      ]),
    );
  });
});
