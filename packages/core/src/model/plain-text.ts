import * as v from "valibot";
import { hasUnsafeCharacters, hasVisibleCharacter } from "./text-characters";

/**
 * Plain-text fields are rendered as text, never as HTML, but markup in them is still refused: it means the
 * author expected formatting we will not apply, or someone is probing for injection. Refused: tags and
 * comments (`<b>`, `</p>`, `<!--`), character entities (`&lt;`, `&#60;`), Markdown links and images, and
 * control characters other than tab and newline. A bare "<" as in "pain < 3/10" is fine.
 * This pattern is what the JSON Schema export carries; `isPlainText` applies the same rule in one linear pass,
 * because the pattern backtracks quadratically on hostile input (a long run of "[").
 */
export const PLAIN_TEXT_PATTERN =
  "^(?![\\s\\S]*(?:<[\\s/]*[A-Za-z!?]|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);|!?\\[[^\\]]*\\]\\([^)]*\\)|[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]))[\\s\\S]*$";

const HAS_NON_SPACE = /\S/;
const WHITESPACE_OR_SLASH = /[\s/]/;
const TAG_START = /[A-Za-z!?]/;
const LETTER = /[A-Za-z]/;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;
const HEX_DIGIT = /[0-9A-Fa-f]/;

function isControl(code: number): boolean {
  return code <= 0x08 || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

/** Index after a run of characters matching `pattern`, starting at `from`. */
function skip(text: string, from: number, pattern: RegExp): number {
  let i = from;
  while (i < text.length && pattern.test(text.charAt(i))) i++;
  return i;
}

/** `&name;`, `&#60;` or `&#x3C;` starting at `at` (which holds "&"). */
function isEntityAt(text: string, at: number): boolean {
  let i = at + 1;
  if (text.charAt(i) === "#") {
    const hex = text.charAt(i + 1) === "x" || text.charAt(i + 1) === "X";
    const start = hex ? i + 2 : i + 1;
    i = skip(text, start, hex ? HEX_DIGIT : DIGIT);
    return i > start && text.charAt(i) === ";";
  }
  if (!LETTER.test(text.charAt(i))) return false;
  i = skip(text, i + 1, LETTER_OR_DIGIT);
  return text.charAt(i) === ";";
}

/**
 * True when `text` contains no HTML, entities, Markdown links or control characters (the rule of
 * {@link PLAIN_TEXT_PATTERN}). Each scan stops at the next character that cannot continue it, and the runs it
 * skips never overlap, so the whole check is linear in the length of the text.
 */
export function isPlainText(text: string): boolean {
  const lastCloseParen = text.lastIndexOf(")");
  // Markdown link: "[" then the first "]" after it, then "(" and a ")" somewhere later.
  let openBracket = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const code = text.charCodeAt(i);
    if (isControl(code)) return false;
    if (char === "<") {
      const next = skip(text, i + 1, WHITESPACE_OR_SLASH);
      if (TAG_START.test(text.charAt(next))) return false;
    } else if (char === "&") {
      if (isEntityAt(text, i)) return false;
    } else if (char === "[") openBracket = true;
    else if (char === "]") {
      if (openBracket && text.charAt(i + 1) === "(" && lastCloseParen > i + 1) return false;
      openBracket = false;
    }
  }
  return true;
}

/**
 * A non-blank plain-text string of at most `maxLength` characters, with at least one visible character and no
 * bidi overrides or lone surrogates. Checks run cheapest first; `parse*` stops a field's checks at its first
 * failure, so an oversize field is refused on its length alone.
 */
export function plainText(maxLength = 2000) {
  return v.pipe(
    v.string("wrong-type"),
    v.minLength(1, "empty-text"),
    v.maxLength(maxLength, "text-too-long"),
    v.regex(HAS_NON_SPACE, "empty-text"),
    v.check(hasVisibleCharacter, "invisible-text"),
    v.check((text: string) => !hasUnsafeCharacters(text), "unsafe-characters"),
    v.check(isPlainText, "markup-in-text"),
  );
}

export const PlainTextSchema = plainText();
export type PlainText = v.InferOutput<typeof PlainTextSchema>;
