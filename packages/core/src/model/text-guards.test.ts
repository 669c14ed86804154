// The guards the safety components read with must accept exactly what the schemas accept, for every input.
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { NoContraindicationsSchema } from "./exercise-schema";
import { LocalizedTextSchema, localizedText } from "./localized-text";
import { plainText } from "./plain-text";
import { isLocalizedTextValue, isNoContraindicationsValue, isPlainTextValue } from "./text-guards";

// Characters each rule is about: markup, entities, Markdown links, controls, bidi overrides, blanks, surrogates.
const piece = fc.constantFrom(
  "a",
  "Stop",
  " ",
  "\n",
  "\t",
  "<",
  "<b>",
  "</p",
  "<!--",
  "&lt;",
  "&#60;",
  "&",
  ";",
  "[x](y)",
  "[",
  "]",
  "(",
  ")",
  "\u0000",
  "\u0007",
  "\u202E",
  "\u2066",
  "\u200B",
  "\u00AD",
  "\u3164",
  "\u2800",
  "\uD83D",
  "\uDE00",
  "\uD83D\uDE00",
  "é",
  "5",
  "!",
  "2025-02-30",
  "2024-01-31",
);
const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
const value = fc.oneof(text, fc.constant(undefined), fc.constant(null), fc.integer(), fc.array(text, { maxLength: 2 }));
const localized = fc.oneof(
  fc.record({ "en-GB": value, "en-US": value, es: value, fr: value }, { requiredKeys: [] }),
  value,
);

describe("text guards match the schemas", () => {
  it("plain text, at any length limit", () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 12 }), (input, max) => {
        expect(isPlainTextValue(input, max)).toBe(v.is(plainText(max), input));
      }),
      { numRuns: 2000 },
    );
  });

  it("localized text", () => {
    fc.assert(
      fc.property(localized, fc.integer({ min: 1, max: 12 }), (input, max) => {
        expect(isLocalizedTextValue(input)).toBe(v.is(LocalizedTextSchema, input));
        expect(isLocalizedTextValue(input, max)).toBe(v.is(localizedText(max), input));
      }),
      { numRuns: 2000 },
    );
  });

  it("a reviewed statement of no contraindications", () => {
    const statement = fc.oneof(
      fc.record(
        {
          reviewer: value,
          reviewedOn: fc.oneof(value, fc.constantFrom("2024-01-31", "2025-02-30")),
          note: localized,
          x: value,
        },
        { requiredKeys: [] },
      ),
      value,
    );
    fc.assert(
      fc.property(statement, (input) => {
        expect(isNoContraindicationsValue(input)).toBe(v.is(NoContraindicationsSchema, input));
      }),
      { numRuns: 2000 },
    );
  });

  it("can tell the difference: accepts well-formed text and refuses markup, blanks and unknown keys", () => {
    expect(isLocalizedTextValue({ "en-GB": "Stop if it hurts", es: "Para si duele" })).toBe(true);
    expect(isLocalizedTextValue({ "en-GB": "<b>Stop</b>" })).toBe(false);
    expect(isLocalizedTextValue({ "en-GB": "\u200B" })).toBe(false);
    expect(isLocalizedTextValue({ "en-GB": "Stop", fr: "Arrêtez" })).toBe(false);
    expect(isNoContraindicationsValue({ reviewer: "A. Physio", reviewedOn: "2025-02-30" })).toBe(false);
    expect(isNoContraindicationsValue({ reviewer: "A. Physio", reviewedOn: "2024-01-31" })).toBe(true);
  });
});
