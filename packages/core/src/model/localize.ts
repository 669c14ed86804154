import { DEFAULT_LOCALE, LOCALES, type Locale, resolveLocale } from "../i18n/locale";
import type { LocalizedList, LocalizedText } from "./localized-text";

export interface LocalizedString {
  /** The text to show. */
  text: string;
  /** The locale the text is really in: put it on the element's `lang`. */
  lang: Locale;
  /**
   * True when the text is in another language than the one asked for (Spanish reader, English text), so the UI
   * must say so. en-US readers given en-GB text are not marked: same language, spelling differs.
   */
  isFallback: boolean;
}

const language = (locale: string) => locale.split("-")[0];

/** Picks the text for `locale`, falling back to en-GB (then any locale present) and saying so. */
export function localize(text: Partial<LocalizedText> | undefined, locale?: Locale | string): LocalizedString {
  const wanted = resolveLocale(locale);
  // The reader's own locale, then LOCALES: the default (en-GB) first, then the others.
  for (const lang of [wanted, ...LOCALES]) {
    const candidate = text?.[lang];
    if (candidate) return { text: candidate, lang, isFallback: language(lang) !== language(wanted) };
  }
  return { text: "", lang: wanted, isFallback: false };
}

/** The aliases for `locale`, or the en-GB ones when none are written for it. */
export function localizeList(list: LocalizedList | undefined, locale?: Locale | string): string[] {
  const wanted = resolveLocale(locale);
  return list?.[wanted] ?? list?.[DEFAULT_LOCALE] ?? [];
}
