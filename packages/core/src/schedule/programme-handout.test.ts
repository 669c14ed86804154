import { exerciseFixture } from "@movekit/fixtures/exercise-inputs";
import { describe, expect, it } from "vitest";
import type { Exercise } from "../model/exercise-schema";
import type { Phase } from "../model/programme-schema";
import { printableVideoHref, programmeHandoutEntries } from "./programme-handout";

const bridge = exerciseFixture() as unknown as Exercise;
const clam = exerciseFixture({ id: "test-clam", slug: "test-clam" }) as unknown as Exercise;
const byId = new Map([bridge, clam].map((e) => [e.id, e]));
const phase = (id: string, contents: Phase["contents"]) => ({ id, contents }) as unknown as Phase;

describe("programmeHandoutEntries", () => {
  it("lists each exercise once, in order of first use, with its dose in each phase that uses it", () => {
    const phases = [
      phase("settle", [{ exerciseId: "test-clam" }, { exerciseId: "test-clam" }]),
      phase("build", [{ exerciseId: "test-bridge", dosage: { sets: 2, reps: 5 } }, { exerciseId: "test-clam" }]),
      phase("gone", [{ exerciseId: "not-in-library" }]),
    ];
    const entries = programmeHandoutEntries(phases, byId);
    expect(entries.map((e) => e.exercise.id)).toEqual(["test-clam", "test-bridge"]);
    expect(entries[0]?.doses.map((d) => [d.phase.id, d.index])).toEqual([
      ["settle", 0],
      ["build", 1],
    ]);
    expect(entries[1]?.doses[0]?.dosage).toMatchObject({ sets: 2, reps: 5 });
  });
});

describe("printableVideoHref", () => {
  const withVideo = (src: string) =>
    ({ ...bridge, media: { ...bridge.media, sources: [{ src, type: "video/mp4" }] } }) as Exercise;

  it("gives only an absolute https address, which a printed QR code can open", () => {
    expect(printableVideoHref(withVideo("https://media.example.org/clam.mp4"))).toBe(
      "https://media.example.org/clam.mp4",
    );
    expect(printableVideoHref(withVideo("/media/clam.mp4"))).toBeUndefined();
    expect(printableVideoHref(withVideo("http://media.example.org/clam.mp4"))).toBeUndefined();
    expect(printableVideoHref(withVideo("javascript:alert(1)"))).toBeUndefined();
    expect(printableVideoHref({ ...bridge, media: undefined } as Exercise)).toBeUndefined();
  });
});
