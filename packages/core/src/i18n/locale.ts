export const LOCALES = ["en-GB", "en-US", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en-GB";

/** Text direction of a locale, for `dir` on the root of a view. */
export function localeDirection(locale: string): "ltr" | "rtl" {
  const language = locale.split("-")[0]?.toLowerCase() ?? "";
  return ["ar", "he", "fa", "ur"].includes(language) ? "rtl" : "ltr";
}

/** Maps any BCP 47 tag to the closest supported locale ("es-MX" → "es", "en" → "en-GB"). */
export function resolveLocale(tag: string | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  // Called for every string of every row: the common case (an exact supported tag) skips the search.
  if ((LOCALES as readonly string[]).includes(tag)) return tag as Locale;
  const exact = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.split("-")[0]?.toLowerCase();
  if (language === "es") return "es";
  return DEFAULT_LOCALE;
}
