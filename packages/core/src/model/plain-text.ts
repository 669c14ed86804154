import * as v from "valibot";
import { HAS_NON_SPACE, isPlainText } from "./plain-text-check";
import { hasUnsafeCharacters, hasVisibleCharacter } from "./text-characters";

export { isPlainText };

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
