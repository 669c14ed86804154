// The plain-text rule without valibot, so code that only reads content (safety components) can check text
// without bundling the schema library. plain-text.ts builds the schema from these.
export const HAS_NON_SPACE = /\S/;

// Each pattern is linear in the length of the text: every run it scans starts at one marker character ("<",
// "&", "[") and stops at the next character that cannot continue it, which is never another marker, so runs
// never overlap and a failed run is given up at once. Written as patterns rather than a loop because safety
// components carry this check up front (it is a fraction of the bytes).
/**
 * A control character; "<" then optional spaces or slashes, then a letter, "!" or "?" (a tag, a comment or a
 * declaration); or `&name;`, `&#60;`, `&#x3C;` (an entity). One pattern: each branch starts at its own character.
 */
const CONTROL_TAG_OR_ENTITY =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for.
  /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]|<[\s/]*[A-Za-z!?]|&(?:#(?:[xX][0-9A-Fa-f]+|[0-9]+)|[A-Za-z][A-Za-z0-9]*);/;
/** "[", the first "]" after it, then "(": the start of a Markdown link (the last "[" before that "]" is found). */
const LINK_START = /\[[^[\]]*\]\(/;
/** Every character one of the patterns above starts or needs: most text has none, and one test answers for it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ANY_MARKER = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f<&\]]/;

/**
 * True when `text` contains no HTML, entities, Markdown links or control characters (the rule of
 * {@link PLAIN_TEXT_PATTERN}). A Markdown link also needs a ")" after its "(": the first link start decides,
 * since a later one has even fewer characters after it.
 */
export function isPlainText(text: string): boolean {
  if (!ANY_MARKER.test(text)) return true;
  if (CONTROL_TAG_OR_ENTITY.test(text)) return false;
  const link = LINK_START.exec(text);
  return !link || text.lastIndexOf(")") < link.index + link[0].length;
}
