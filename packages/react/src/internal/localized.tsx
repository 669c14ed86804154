import {
  contentMessages,
  extendTranslator,
  type Locale,
  type LocalizedText,
  localize,
  resolveLocale,
  type Translator,
} from "@movekit/core";
import type { HTMLAttributes } from "react";

// The marker's own bundle: a parent that already names it (most do) gets its translator back unchanged.
const CONTENT = [contentMessages];

type TextTag = "span" | "p" | "div" | "li" | "strong" | "dd" | "blockquote";

export interface LocalizedProps extends Omit<HTMLAttributes<HTMLElement>, "children" | "lang"> {
  /** Content text keyed by locale. */
  text: Partial<LocalizedText> | undefined;
  /** The reader's locale. */
  locale: Locale | string;
  /** Translator for the "(in English)" marker. */
  t: Translator;
  /** Element to render. @default "span" */
  as?: TextTag;
}

/**
 * Content text in the reader's language. When it falls back to another language, the element gets that
 * language's `lang` (so screen readers pronounce it right) and a visible marker in the reader's language.
 * @selector [data-fallback] when the text is in another language
 */
export function Localized({ text, locale, t, as: Tag = "span", ...rest }: LocalizedProps) {
  const wanted = resolveLocale(locale);
  const { text: value, lang, isFallback } = localize(text, wanted);
  return (
    <Tag {...rest} lang={lang === wanted ? undefined : lang} data-fallback={isFallback ? "" : undefined}>
      {value}
      {isFallback && " "}
      {isFallback && (
        <span className="mk-fallback-marker" data-slot="fallback-marker" lang={wanted}>
          {extendTranslator(t, CONTENT)("content.inEnglish")}
        </span>
      )}
    </Tag>
  );
}

/**
 * Content text as a node: the plain string when it is in the reader's language (no element, so a long list of
 * names costs no extra nodes), else `<Localized>` with its `lang` and marker. For a block parent such as a
 * heading, where a bare string and a bare span lay out the same.
 */
export function localizedNode(text: Partial<LocalizedText> | undefined, locale: Locale | string, t: Translator) {
  // Another `lang` than the reader's is exactly when <Localized> adds anything (a fallback has one too).
  const { text: value, lang } = localize(text, locale);
  return lang === resolveLocale(locale) ? value : <Localized text={text} locale={locale} t={t} />;
}

/** The plain string for attributes such as `alt`, where no marker can be shown. */
export function localizedString(text: Partial<LocalizedText> | undefined, locale: Locale | string): string {
  return localize(text, locale).text;
}
