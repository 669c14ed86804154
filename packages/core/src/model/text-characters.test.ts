import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasVisibleCharacter } from "./text-characters";

// The rule as written in the pattern alone, without the shortcut for text that starts with an ASCII word character.
const VISIBLE = /(?![\u115F\u1160\u3164\uFFA0\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

// Characters either side of every shortcut boundary ("/" "0" "9" ":" "@" "A" "Z" "[" "_" "`" "a" "z" "{"), blanks,
// format characters and letters outside ASCII.
const edges = "/09:@AZ[_`az{ \t\u00a0\u00ad\u115f\u200b\u2060\u2800\u3164\uffa0é日٣\u0301";
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...edges), maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.string({ maxLength: 6 }),
);

describe("hasVisibleCharacter", () => {
  it("answers as the pattern does for every text", () => {
    fc.assert(
      fc.property(text, (value) => hasVisibleCharacter(value) === VISIBLE.test(value)),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["a", true],
    ["Z", true],
    ["7", true],
    ["@", true],
    ["", false],
    ["   ", false],
    ["\u200b\u2060", false],
    ["\u2800\u2800", false],
    [" x", true],
  ])("%j → %s", (value, expected) => {
    expect(hasVisibleCharacter(value)).toBe(expected);
  });
});
