import { describe, expect, it } from "vitest";
import { es } from "../../locales/es";
import { createTranslator } from "../translate";
import { exerciseSafetyMessages, safetyGapsMessages } from "./exercise-safety";
import { vocabCueRoleMessages, vocabMessages, vocabTraitsMessages } from "./vocab";

// Smaller bundles let a component carry only the words it shows; they must say exactly what the whole one says.
describe("bundles split out of a namespace", () => {
  const cases = [
    { part: vocabTraitsMessages, whole: vocabMessages, prefix: ["vocab.bodyRegion.", "vocab.difficulty."] },
    { part: vocabCueRoleMessages, whole: vocabMessages, prefix: ["vocab.cueRole."] },
    {
      part: safetyGapsMessages,
      whole: exerciseSafetyMessages,
      prefix: ["exerciseSafety.missing", "exerciseSafety.unreadable"],
    },
  ];

  it("hold every key of their prefix, with the whole bundle's wording, in en-GB and with the Spanish pack", () => {
    for (const { part, whole, prefix } of cases) {
      const keys = Object.keys(whole["en-GB"]).filter((key) => prefix.some((p) => key.startsWith(p)));
      expect(Object.keys(part["en-GB"]).sort()).toEqual(keys.sort());
      for (const locale of ["en-GB", "es"]) {
        const fromPart = createTranslator(locale, es, [part]);
        const fromWhole = createTranslator(locale, es, [whole]);
        for (const key of keys) {
          const k = key as Parameters<typeof fromPart>[0];
          expect(fromPart(k, { count: 2 })).toBe(fromWhole(k, { count: 2 }));
          expect(fromPart(k, { count: 2 })).not.toBe(key);
        }
      }
    }
  });

  it("vocabMessages is the union of its tables, nothing more", () => {
    const parts = Object.keys(vocabTraitsMessages["en-GB"]).length + Object.keys(vocabCueRoleMessages["en-GB"]).length;
    expect(Object.keys(vocabMessages["en-GB"]).length).toBeGreaterThan(parts);
    expect(vocabMessages["en-GB"]).toMatchObject({ ...vocabTraitsMessages["en-GB"], ...vocabCueRoleMessages["en-GB"] });
  });
});
