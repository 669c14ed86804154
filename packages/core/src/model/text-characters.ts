/**
 * Characters that make text say something other than what it shows. Bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees ("Trojan Source", CVE-2021-42574); a lone surrogate is
 * not text at all and renders as a replacement box or nothing.
 */
// One pattern, each branch starting with a plain character class, so ordinary text is scanned without any
// look-around: a bidi control, a high surrogate with no low one after it, or a low one with no high one before it.
const UNSAFE =
  /[\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|[\uDC00-\uDFFF](?<![\uD800-\uDBFF][\uDC00-\uDFFF])/;

/** True when `text` holds a bidi override/embedding/isolate or a lone surrogate. */
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/**
 * A character a reader can see: a letter, digit, punctuation mark or symbol. Spaces, format characters (zero-width
 * space, word joiner, soft hyphen, bidi marks), lone combining marks and the blank "letters" that render as
 * nothing (Hangul fillers U+115F, U+1160, U+3164, U+FFA0; the braille blank U+2800) do not count.
 */
const VISIBLE = /(?![\u115F\u1160\u3164\uFFA0\u2800])[\p{L}\p{N}\p{P}\p{S}]/u;

// An ASCII letter, digit or "_" first: each is visible ("_" is punctuation).
const ASCII_WORD_FIRST = /^\w/;

/** True when `text` contains at least one visible character; safety text made only of blanks says nothing. */
export function hasVisibleCharacter(text: string): boolean {
  // Almost all content starts with an ASCII letter or digit. Answering that without the Unicode
  // pattern matters on a fresh page: building its tables, then its compiled form, takes ~1 ms each.
  return ASCII_WORD_FIRST.test(text) || VISIBLE.test(text);
}
