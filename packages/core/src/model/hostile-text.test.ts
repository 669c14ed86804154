import { exerciseFixture, libraryFixture, programmeFixture } from "@movekit/fixtures/exercise-inputs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLadderCycles, type LadderExercise } from "./ladder-checks";
import { parseExercise, parseLibrary, parseProgramme } from "./parse";
import { isPlainText } from "./plain-text";
import type { ValidationIssue } from "./validation-error";

// Text a reader cannot see: each alone (or repeated) says nothing under a safety heading.
const INVISIBLE: Record<string, string> = {
  "zero-width spaces": "\u200B\u200B\u200B",
  "word joiners": "\u2060\u2060",
  "soft hyphens": "\u00AD\u00AD",
  "Hangul fillers": "\u3164\u115F\u1160\uFFA0",
  "braille blanks": "\u2800\u2800",
  "a byte-order mark and bidi marks": "\uFEFF\u200E\u200F",
  "a combining grapheme joiner": "\u034F",
  "mixed invisibles around spaces": " \u200B \u2060\u00AD ",
};

const UNSAFE: Record<string, string> = {
  "a right-to-left override": "Bridge \u202Eegdirb",
  "a left-to-right embedding": "\u202ABridge",
  "a first-strong isolate": "Bridge \u2068x\u2069",
  "a lone high surrogate": "Bridge \uD83D",
  "a lone low surrogate": "\uDE00 Bridge",
};

function errorsOf(result: { ok: true } | { ok: false; errors: readonly ValidationIssue[] }) {
  return result.ok ? [] : result.errors.map((e) => `${e.code} ${e.path}`);
}

describe("safety text must have visible letters", () => {
  for (const [what, text] of Object.entries(INVISIBLE)) {
    it(`refuses a contraindication made only of ${what}, with its path and code`, () => {
      const base = exerciseFixture();
      const [first] = base.contraindications ?? [];
      const result = parseExercise({ ...base, contraindications: [{ ...first, text: { "en-GB": text } }] });
      expect(errorsOf(result)).toContain("invisible-text $.contraindications[0].text.en-GB");
    });

    it(`refuses a warning sign and its action made only of ${what}`, () => {
      const base = exerciseFixture();
      const [flag] = base.redFlags ?? [];
      const result = parseExercise({
        ...base,
        redFlags: [{ ...flag, text: { "en-GB": text }, action: { es: "x", "en-GB": text } }],
      });
      expect(errorsOf(result)).toEqual(
        expect.arrayContaining([
          "invisible-text $.redFlags[0].text.en-GB",
          "invisible-text $.redFlags[0].action.en-GB",
        ]),
      );
    });

    it(`refuses a programme stop rule made only of ${what}`, () => {
      const base = programmeFixture();
      const [flag] = base.redFlags ?? [];
      const result = parseProgramme({ ...base, redFlags: [{ ...flag, text: { "en-GB": text } }] });
      expect(errorsOf(result)).toContain("invisible-text $.redFlags[0].text.en-GB");
    });
  }

  it("still accepts safety text in any script with real letters, and digits or symbols alone", () => {
    for (const text of ["Dolor en el pecho.", "胸痛", "Боль в груди", "999", "⚠"]) {
      const base = exerciseFixture();
      const [flag] = base.redFlags ?? [];
      expect(errorsOf(parseExercise({ ...base, redFlags: [{ ...flag, text: { "en-GB": text } }] }))).toEqual([]);
    }
  });

  it("keeps calling whitespace-only text empty (empty-text), not invisible", () => {
    const result = parseExercise({ ...exerciseFixture(), summary: { "en-GB": "  \n\t " } });
    expect(errorsOf(result)).toContain("empty-text $.summary.en-GB");
  });
});

describe("names and safety text refuse bidi controls and lone surrogates", () => {
  for (const [what, text] of Object.entries(UNSAFE)) {
    it(`refuses a name with ${what}`, () => {
      const result = parseExercise({ ...exerciseFixture(), name: { "en-GB": text } });
      expect(errorsOf(result)).toContain("unsafe-characters $.name.en-GB");
    });

    it(`refuses a contraindication with ${what}`, () => {
      const base = exerciseFixture();
      const [first] = base.contraindications ?? [];
      const result = parseExercise({ ...base, contraindications: [{ ...first, text: { "en-GB": text } }] });
      expect(errorsOf(result)).toContain("unsafe-characters $.contraindications[0].text.en-GB");
    });
  }

  it("accepts a well-formed emoji (a surrogate pair) and the bidi marks LRM/RLM", () => {
    const result = parseExercise({ ...exerciseFixture(), name: { "en-GB": "Bridge 💪 \u200E" } });
    expect(errorsOf(result)).toEqual([]);
  });
});

describe("limits are checked first and nothing is walked recursively", () => {
  it("refuses a 50 kB run of '[' on its length alone (text-too-long)", () => {
    const result = parseExercise({ ...exerciseFixture(), summary: { "en-GB": "[".repeat(50_000) } });
    expect(errorsOf(result)).toEqual(["text-too-long $.summary.en-GB"]);
  });

  it("refuses a 10 MB id with text-too-long instead of throwing", () => {
    const result = parseExercise({ ...exerciseFixture(), id: "a".repeat(10_000_000) });
    expect(errorsOf(result)).toEqual(["text-too-long $.id"]);
  });

  // Parsing 3,000 full exercises is slow work on a busy machine, so this one has a generous timeout (a limit,
  // not a timing assertion); the ladder walk itself is tested on bare links below.
  it("answers for a valid progression chain of 3,000 exercises (no call-stack overflow)", { timeout: 60_000 }, () => {
    const n = 3000;
    const criteria = { "en-GB": "When it feels easy.", es: "Cuando resulte fácil." };
    const exercises = Array.from({ length: n }, (_, i) => ({
      ...exerciseFixture(),
      id: `e-${i}`,
      slug: `e-${i}`,
      progressions: i + 1 < n ? [{ exerciseId: `e-${i + 1}`, criteria }] : [],
    }));
    const result = parseLibrary({ ...libraryFixture(), exercises, programmes: [] });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  const chain = (n: number, lastLinksTo?: number): LadderExercise[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `e-${i}`,
      regressions: [],
      progressions:
        i + 1 < n
          ? [{ exerciseId: `e-${i + 1}`, criteria: { "en-GB": "x" } }]
          : lastLinksTo === undefined
            ? []
            : [{ exerciseId: `e-${lastLinksTo}`, criteria: { "en-GB": "x" } }],
    }));

  it("walks a 20,000-link ladder without recursion and finds no loop", () => {
    const report = { errors: [], warnings: [] };
    checkLadderCycles(chain(20_000), "progressions", report);
    expect(report.errors).toEqual([]);
  });

  it("finds the loop at the end of a 3,000-exercise chain once, naming where it closes", () => {
    const report = { errors: [] as ValidationIssue[], warnings: [] };
    checkLadderCycles(chain(3000, 2998), "progressions", report);
    expect(report.errors.map((e) => `${e.code} ${e.path}`)).toEqual([
      "progression-cycle $.exercises[2999].progressions[0].exerciseId",
    ]);
    expect(report.errors[0]?.message).toContain("e-2998 → e-2999 → e-2998");
  });
});

// The linear scanner must agree with the published JSON Schema pattern on every input (short inputs, where the
// pattern's backtracking is harmless).
describe("isPlainText agrees with PLAIN_TEXT_PATTERN", () => {
  it("gives the same answer as the pattern for any short mix of markup characters", async () => {
    const { PLAIN_TEXT_PATTERN } = await import("./plain-text");
    const pattern = new RegExp(PLAIN_TEXT_PATTERN);
    const alphabet = fc.constantFrom(
      "<",
      ">",
      "/",
      " ",
      "\n",
      "a",
      "Z",
      "!",
      "?",
      "&",
      "#",
      "x",
      "3",
      ";",
      "[",
      "]",
      "(",
      ")",
      "\u0007",
      "\u00a0",
      "é",
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 24 }).map((chars) => chars.join("")),
        (text) => {
          expect(isPlainText(text)).toBe(pattern.test(text));
        },
      ),
      { seed: 16, numRuns: 2000 },
    );
  });
});
