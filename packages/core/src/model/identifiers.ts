import * as v from "valibot";
import { LOCALES } from "../i18n/locale";
import { ISO_DATE, isIsoDate } from "./iso-date";
import { ID_PATTERN } from "./patterns";
import { isSafeUrl } from "./safe-url";

export { ID_PATTERN, isIsoDate };

export const IdSchema = v.pipe(
  v.string("wrong-type"),
  v.maxLength(80, "text-too-long"),
  v.regex(ID_PATTERN, "invalid-id"),
);

export const LocaleSchema = v.picklist(LOCALES, "unknown-locale");

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
