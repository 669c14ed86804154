import * as v from "valibot";
import { plainText } from "./plain-text";

/**
 * Human-readable content text keyed by locale tag: `{ "en-GB": "Lie on your side", es: "Túmbate de lado" }`.
 * en-GB is required: it is the fallback every reader can be given, marked as such.
 */
export function localizedText(maxLength = 2000) {
  const text = plainText(maxLength);
  return v.strictObject(
    {
      "en-GB": text,
      "en-US": v.optional(text),
      es: v.optional(text),
    },
    "wrong-type",
  );
}

export const LocalizedTextSchema = localizedText();
/** Short labels such as names and titles. */
export const LocalizedLabelSchema = localizedText(160);

/** Words that differ per language, such as aliases: `{ "en-GB": ["hip flexor stretch"], es: ["estiramiento…"] }`. */
export const LocalizedListSchema = v.strictObject(
  {
    "en-GB": v.optional(v.array(plainText(160), "wrong-type")),
    "en-US": v.optional(v.array(plainText(160), "wrong-type")),
    es: v.optional(v.array(plainText(160), "wrong-type")),
  },
  "wrong-type",
);

// Reading text lives apart from the schemas so components that only read content do not bundle valibot.
export { type LocalizedString, localize, localizeList } from "./localize";

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type { LocalizedList, LocalizedText } from "./types";
