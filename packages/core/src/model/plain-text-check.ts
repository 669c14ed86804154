// The plain-text rule without valibot, so code that only reads content (safety components) can check text
// without bundling the schema library. plain-text.ts builds the schema from these.
export const HAS_NON_SPACE = /\S/;
const WHITESPACE_OR_SLASH = /[\s/]/;
const TAG_START = /[A-Za-z!?]/;
const LETTER = /[A-Za-z]/;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;
const HEX_DIGIT = /[0-9A-Fa-f]/;
/** Every character the scan in `isPlainText` acts on: controls, "<", "&" and "]". */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const SCAN_TRIGGER = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F<&\]]/;

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
  // Most text has none of the characters the scan below acts on: one native regex test answers for it.
  if (!SCAN_TRIGGER.test(text)) return true;
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
