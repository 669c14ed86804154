import { isIsoDate } from "./iso-date";
import { HAS_NON_SPACE, isPlainText } from "./plain-text-check";
import { hasUnsafeCharacters, hasVisibleCharacter } from "./text-characters";
import type { LocalizedText, NoContraindications } from "./types";

// Hand-written twins of three schemas, for code that reads content but must not bundle valibot (the safety
// components). text-guards.test.ts checks them against the schemas for every input fast-check draws.

const TEXT_LOCALES = new Set(["en-GB", "en-US", "es"]);
const NO_CONTRAINDICATION_KEYS = new Set(["reviewer", "reviewedOn", "note"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What `plainText(maxLength)` accepts: non-blank, visible, no bidi controls, no markup, at most `maxLength`. */
export function isPlainTextValue(value: unknown, maxLength = 2000): value is string {
  return (
    typeof value === "string" &&
    value.length >= 1 &&
    value.length <= maxLength &&
    HAS_NON_SPACE.test(value) &&
    hasVisibleCharacter(value) &&
    !hasUnsafeCharacters(value) &&
    isPlainText(value)
  );
}

/** What `LocalizedTextSchema` accepts: en-GB required, en-US and es optional, no other keys. */
export function isLocalizedTextValue(value: unknown, maxLength = 2000): value is LocalizedText {
  if (!isRecord(value) || !isPlainTextValue(value["en-GB"], maxLength)) return false;
  return Object.keys(value).every(
    (key) => TEXT_LOCALES.has(key) && (value[key] === undefined || isPlainTextValue(value[key], maxLength)),
  );
}

/** What `NoContraindicationsSchema` accepts: a reviewer, a real review date and an optional note, nothing else. */
export function isNoContraindicationsValue(value: unknown): value is NoContraindications {
  if (!isRecord(value)) return false;
  const { reviewer, reviewedOn, note } = value;
  return (
    Object.keys(value).every((key) => NO_CONTRAINDICATION_KEYS.has(key)) &&
    isPlainTextValue(reviewer, 200) &&
    typeof reviewedOn === "string" &&
    isIsoDate(reviewedOn) &&
    (note === undefined || isLocalizedTextValue(note))
  );
}
