import * as v from "valibot";

/**
 * Plain-text fields are rendered as text, never as HTML, but markup in them is still refused: it means the
 * author expected formatting we will not apply, or someone is probing for injection. Refused: tags and
 * comments (`<b>`, `</p>`, `<!--`), character entities (`&lt;`, `&#60;`), Markdown links and images, and
 * control characters other than tab and newline. A bare "<" as in "pain < 3/10" is fine.
 * Written as one regular expression so that the JSON Schema export carries the same rule as a `pattern`.
 */
export const PLAIN_TEXT_PATTERN =
  "^(?![\\s\\S]*(?:<[\\s/]*[A-Za-z!?]|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);|!?\\[[^\\]]*\\]\\([^)]*\\)|[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]))[\\s\\S]*$";

const PLAIN_TEXT = new RegExp(PLAIN_TEXT_PATTERN);
const HAS_VISIBLE_CHARACTER = /\S/;

/** True when `text` contains no HTML, entities, Markdown links or control characters. */
export function isPlainText(text: string): boolean {
  return PLAIN_TEXT.test(text);
}

/** A non-blank plain-text string of at most `maxLength` characters. */
export function plainText(maxLength = 2000) {
  return v.pipe(
    v.string("wrong-type"),
    v.minLength(1, "empty-text"),
    v.regex(HAS_VISIBLE_CHARACTER, "empty-text"),
    v.maxLength(maxLength, "text-too-long"),
    v.regex(PLAIN_TEXT, "markup-in-text"),
  );
}

export const PlainTextSchema = plainText();
export type PlainText = v.InferOutput<typeof PlainTextSchema>;
