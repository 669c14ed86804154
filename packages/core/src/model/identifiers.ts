import * as v from "valibot";
import { LOCALES } from "../i18n/locale";
import { isSafeUrl } from "./safe-url";

/** Lower-case kebab-case id: "glute-bridge", "phase-1". Stable across translations; links use it. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = v.pipe(
  v.string("wrong-type"),
  v.maxLength(80, "text-too-long"),
  v.regex(ID_PATTERN, "invalid-id"),
);

export const LocaleSchema = v.picklist(LOCALES, "unknown-locale");

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date, "YYYY-MM-DD" (ISO 8601), no time or zone. */
export const IsoDateSchema = v.pipe(
  v.string("wrong-type"),
  v.regex(ISO_DATE, "invalid-date"),
  v.check(isIsoDate, "invalid-date"),
);

/** An https or relative URL; see `isSafeUrl`. */
export const SafeUrlSchema = v.pipe(
  v.string("wrong-type"),
  v.check((url: string) => isSafeUrl(url), "unsafe-url"),
);

/** A finite number of seconds into a video. */
export const VideoSecondsSchema = v.pipe(
  v.number("wrong-type"),
  v.finite("not-finite"),
  v.minValue(0, "out-of-range"),
  v.maxValue(36000, "out-of-range"),
);
