import { describe, expect, it } from "vitest";
import { activeChapterAt, chaptersEnd, chaptersFromCues, cueIdOf } from "./chapters";

const cues = [
  {
    id: "lift",
    text: { "en-GB": "Lift the top knee", es: "Levanta la rodilla de arriba" },
    time: { start: 3, end: 6 },
  },
  { id: "setup", text: { "en-GB": "Lie on your side" }, time: { start: 0, end: 3 } },
  { id: "breathe", text: { "en-GB": "Breathe out as you lift" } },
  { text: { "en-GB": "Lower slowly" }, kind: "do" as const, time: { start: 6, end: 10 } },
];

describe("chaptersFromCues", () => {
  it("makes one chapter per timed cue, in time order, labelled in the locale and marking fallbacks", () => {
    const chapters = chaptersFromCues(cues, "es");
    expect(chapters.map((c) => [c.id, c.start, c.end])).toEqual([
      ["setup", 0, 3],
      ["lift", 3, 6],
      ["cue-4", 6, 10],
    ]);
    expect(chapters[1]).toMatchObject({ label: "Levanta la rodilla de arriba", lang: "es", isFallback: false });
    expect(chapters[0]).toMatchObject({ label: "Lie on your side", lang: "en-GB", isFallback: true });
    expect(chapters[2]).toMatchObject({ kind: "do", cueId: "cue-4" });
  });

  it("falls back to media chapter marks when no cue is timed, ending each at the next start", () => {
    const chapters = chaptersFromCues([{ text: { "en-GB": "x" } }], "en-GB", {
      duration: 12,
      marks: [
        { start: 5, title: { "en-GB": "Hold" } },
        { start: 0, title: { "en-GB": "Set up" } },
      ],
    });
    expect(chapters.map((c) => [c.label, c.start, c.end])).toEqual([
      ["Set up", 0, 5],
      ["Hold", 5, 12],
    ]);
  });

  it("ignores empty or backwards ranges", () => {
    expect(chaptersFromCues([{ text: { "en-GB": "x" }, time: { start: 4, end: 4 } }], "en-GB")).toEqual([]);
  });
});

describe("activeChapterAt", () => {
  const chapters = chaptersFromCues(cues, "en-GB");
  it("finds the chapter holding the time, with start inclusive and end exclusive", () => {
    expect(activeChapterAt(chapters, 0)?.id).toBe("setup");
    expect(activeChapterAt(chapters, 3)?.id).toBe("lift");
    expect(activeChapterAt(chapters, 5.99)?.id).toBe("lift");
    expect(activeChapterAt(chapters, 9.9)?.id).toBe("cue-4");
    expect(activeChapterAt(chapters, 10)).toBeUndefined();
  });

  it("counts a seek landing a float hair before a start as inside that chapter", () => {
    expect(activeChapterAt(chapters, 2.9999)?.id).toBe("lift");
    expect(activeChapterAt(chapters, 2.99)?.id).toBe("setup");
  });

  it("prefers the chapter that started last when ranges overlap, and finds none in a gap", () => {
    const overlapping = [
      { start: 0, end: 10 },
      { start: 4, end: 6 },
      { start: 12, end: 14 },
    ];
    expect(activeChapterAt(overlapping, 5)).toBe(overlapping[1]);
    expect(activeChapterAt(overlapping, 7)).toBe(overlapping[0]);
    expect(activeChapterAt(overlapping, 11)).toBeUndefined();
  });
});

describe("helpers", () => {
  it("names cues by id or position and measures the chapters' end", () => {
    expect(cueIdOf({ id: "a" }, 0)).toBe("a");
    expect(cueIdOf({}, 2)).toBe("cue-3");
    expect(chaptersEnd([{ end: 3 }, { end: 9 }, { end: Number.POSITIVE_INFINITY }])).toBe(9);
  });
});
