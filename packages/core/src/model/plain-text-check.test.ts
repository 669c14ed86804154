import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainText } from "./plain-text-check";

// The character-by-character scan this check replaced (kept here as the oracle): the patterns must give exactly
// its answer for every text, so no hostile text that it kept out gets in.
const WHITESPACE_OR_SLASH = /[\s/]/;
const TAG_START = /[A-Za-z!?]/;
const LETTER = /[A-Za-z]/;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;
const HEX_DIGIT = /[0-9A-Fa-f]/;

function isControl(code: number): boolean {
  return code <= 0x08 || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

function skip(text: string, from: number, pattern: RegExp): number {
  let i = from;
  while (i < text.length && pattern.test(text.charAt(i))) i++;
  return i;
}

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

function loopIsPlainText(text: string): boolean {
  const lastCloseParen = text.lastIndexOf(")");
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

// Texts dense in the characters the rule looks at, so tags, entities and links form often.
const piece = fc.oneof(
  fc.constantFrom("<", ">", "&", "#", "x", "X", ";", "[", "]", "(", ")", "/", " ", "\n", "!", "?", "a", "Z", "3", "f"),
  fc.constantFrom("\u0000", "\u0007", "\u000b", "\u000c", "\u001f", "\u007f", "\t", "\r", "\u00a0", "é", "\ud83d"),
  fc.string({ maxLength: 3 }),
);
const dense = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

describe("isPlainText (patterns)", () => {
  it("agrees with the character scan on every text (property)", () => {
    fc.assert(
      fc.property(fc.oneof(dense, fc.string(), fc.string({ unit: "binary" })), (text) => {
        expect(isPlainText(text)).toBe(loopIsPlainText(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds a link start after many unmatched brackets and keeps a link without its closing parenthesis", () => {
    expect(isPlainText(`${"[".repeat(5000)}a](b)`)).toBe(false);
    expect(isPlainText(`${"[".repeat(5000)}a](b`)).toBe(true);
    expect(isPlainText("see ] then [x](y) and )")).toBe(false);
    expect(isPlainText(`${"< ".repeat(3000)}1`)).toBe(true);
    expect(isPlainText(`${"&a1".repeat(3000)};`)).toBe(false);
  });
});
