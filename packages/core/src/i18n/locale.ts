export const LOCALES = ["en-GB", "en-US", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en-GB";

/** Text direction of a locale, for `dir` on the root of a view. */
export function localeDirection(locale: string): "ltr" | "rtl" {
  const language = locale.split("-")[0]?.toLowerCase() ?? "";
  return ["ar", "he", "fa", "ur"].includes(language) ? "rtl" : "ltr";
}

/**
 * The offered BCP 47 tag that best serves a reader who wants `wanted`, or undefined when none shares its
 * language. Tags compare case-insensitively; the result is always one of `offered`, spelled as offered.
 * Order: the exact tag; then the wanted tag with subtags dropped from the end ("es-419-x" → "es-419" → "es",
 * RFC 4647 lookup); then the first offered tag of the same language ("es-MX" wanted, "es-ES" offered).
 * The one matcher for the translator (`resolveLocale`) and the video's caption language.
 */
export function bestLocaleMatch(wanted: string | undefined, offered: readonly string[]): string | undefined {
  if (!wanted) return undefined;
  const want = wanted.toLowerCase();
  const lower = offered.map((tag) => tag.toLowerCase());
  const parts = want.split("-");
  for (let length = parts.length; length > 0; length--) {
    const index = lower.indexOf(parts.slice(0, length).join("-"));
    if (index >= 0) return offered[index];
  }
  const language = parts[0];
  if (!language) return undefined;
  const index = lower.findIndex((tag) => tag.split("-")[0] === language);
  return index >= 0 ? offered[index] : undefined;
}

/** Maps any BCP 47 tag to the closest supported locale ("es-MX" → "es", "en" → "en-GB"). */
export function resolveLocale(tag: string | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  // Called for every string of every row: the common case (an exact supported tag) skips the search.
  if ((LOCALES as readonly string[]).includes(tag)) return tag as Locale;
  return (bestLocaleMatch(tag, LOCALES) as Locale | undefined) ?? DEFAULT_LOCALE;
}
