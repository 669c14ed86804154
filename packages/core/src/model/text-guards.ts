import { LOCALES } from "../i18n/locale";
import { isIsoDate } from "./iso-date";
import { isPlainText } from "./plain-text-check";
import { hasUnsafeCharacters, hasVisibleCharacter } from "./text-characters";
import type { LocalizedText, NoContraindications } from "./types";

// Hand-written twins of three schemas, for code that reads content but must not bundle valibot (the safety
// components). text-guards.test.ts checks them against the schemas for every input fast-check draws.

const NO_CONTRAINDICATION_KEYS = ["reviewer", "reviewedOn", "note"];

/** A plain object (not null, not an array): the shape every content record is read from. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What `plainText(maxLength)` accepts: non-blank, visible, no bidi controls, no markup, at most `maxLength`. */
export function isPlainTextValue(value: unknown, maxLength = 2000): value is string {
  // A visible character is never a space, so it also answers the schema's non-empty and non-blank checks.
  return (
    typeof value === "string" &&
    value.length <= maxLength &&
    hasVisibleCharacter(value) &&
    !hasUnsafeCharacters(value) &&
    isPlainText(value)
  );
}

/** What `LocalizedTextSchema` accepts: en-GB required, en-US and es optional, no other keys. */
export function isLocalizedTextValue(value: unknown, maxLength = 2000): value is LocalizedText {
  return (
    isRecord(value) &&
    isPlainTextValue(value["en-GB"], maxLength) &&
    Object.keys(value).every(
      (key) =>
        (LOCALES as readonly string[]).includes(key) &&
        (value[key] === undefined || isPlainTextValue(value[key], maxLength)),
    )
  );
}

/** What `NoContraindicationsSchema` accepts: a reviewer, a real review date and an optional note, nothing else. */
export function isNoContraindicationsValue(value: unknown): value is NoContraindications {
  return (
    isRecord(value) &&
    Object.keys(value).every((key) => NO_CONTRAINDICATION_KEYS.includes(key)) &&
    isPlainTextValue(value.reviewer, 200) &&
    typeof value.reviewedOn === "string" &&
    isIsoDate(value.reviewedOn) &&
    (value.note === undefined || isLocalizedTextValue(value.note))
  );
}
