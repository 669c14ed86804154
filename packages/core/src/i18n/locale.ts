export const LOCALES = ["en-GB", "en-US", "es"] as const;
export type Locale = (typeof LOCALES)[number];
/** en-GB, the first of LOCALES: content text always has it, and fallbacks try it first. */
export const DEFAULT_LOCALE: Locale = LOCALES[0];

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
  const lower = offered.map((tag) => tag.toLowerCase());
  const parts = wanted ? wanted.toLowerCase().split("-") : [];
  for (let length = parts.length; length > 0; length--) {
    const index = lower.indexOf(parts.slice(0, length).join("-"));
    if (index >= 0) return offered[index];
  }
  // No match is index -1, which reads as undefined.
  return parts[0] ? offered[lower.findIndex((tag) => tag.split("-")[0] === parts[0])] : undefined;
}

/** Maps any BCP 47 tag to the closest supported locale ("es-MX" → "es", "en" → "en-GB"). */
export function resolveLocale(tag: string | undefined): Locale {
  // Called for every string of every row: the common case (an exact supported tag) skips the search.
  if ((LOCALES as readonly unknown[]).includes(tag)) return tag as Locale;
  return (bestLocaleMatch(tag, LOCALES) as Locale | undefined) ?? DEFAULT_LOCALE;
}
