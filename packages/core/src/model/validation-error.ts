import type * as v from "valibot";

/**
 * Stable error codes. Tools and tests match on these; the `message` next to them is for people and may change.
 * Add new codes at the end; never rename one.
 */
export const VALIDATION_CODES = [
  // shape
  "missing-field",
  "unknown-key",
  "wrong-type",
  "not-finite",
  "not-integer",
  "out-of-range",
  "unknown-value",
  "unknown-kind",
  "unknown-locale",
  "empty-text",
  "text-too-long",
  "markup-in-text",
  "empty-list",
  "invalid-id",
  "invalid-date",
  "invalid-doi",
  "invalid-licence",
  "invalid-media-type",
  "unsafe-url",
  // safety and accessibility
  "missing-contraindications",
  "contradictory-safety",
  "missing-modification",
  "missing-captions",
  "missing-captions-language",
  "missing-translation",
  "missing-reference",
  "cue-time-without-video",
  "invalid-time-range",
  "empty-dosage",
  "conflicting-dosage",
  "invalid-date-order",
  "placeholder-reviewer",
  // cross-references
  "duplicate-id",
  "unknown-exercise",
  "unknown-phase",
  "self-link",
  "progression-cycle",
  "phase-order",
  "missing-running-plan",
  // pain rule
  "pain-band-inverted",
  "pain-band-gap",
  "pain-band-overlap",
  // warnings
  "review-overdue",
  "draft-content",
  "per-side-on-bilateral",
  "missing-captions-translation",
  "weekly-rise",
  "run-spike",
  "same-day-total",
  "bout-doubling",
  "short-walk-break",
  // hostile or unreadable text
  "invisible-text",
  "unsafe-characters",
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `$.exercises[3].cues[0].text.en-GB`. */
  path: string;
  /** Stable, kebab-case code. */
  code: ValidationCode;
  /** What is wrong and how to fix it, in words a clinician can act on. */
  message: string;
}

export type ParseResult<T> =
  | { ok: true; value: T; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export type PathKey = string | number;

const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;

/** `["exercises", 3, "text", "en-GB"]` → `$.exercises[3].text.en-GB`. */
export function toJsonPath(keys: readonly PathKey[]): string {
  let out = "$";
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`;
    else if (SIMPLE_KEY.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const CODES = new Set<string>(VALIDATION_CODES);

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string") {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(short)}`;
  }
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}

function describeExpected(expected: string | null): string {
  switch (expected) {
    case "string":
      return "text";
    case "number":
      return "a number";
    case "boolean":
      return "true or false";
    case "Object":
      return "an object";
    case "Array":
      return "a list";
    default:
      return expected ?? "another value";
  }
}

function fieldName(keys: readonly PathKey[]): string {
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    if (typeof key === "string") return key;
  }
  return "value";
}

function codeFor(issue: v.BaseIssue<unknown>): ValidationCode {
  if (issue.type === "strict_object" || issue.type === "object") {
    if (issue.expected === "never") return "unknown-key";
    if (issue.received === "undefined" && issue.expected?.startsWith('"')) return "missing-field";
  }
  if (issue.kind === "schema" && issue.type !== "variant" && issue.input === undefined) return "missing-field";
  if (issue.type === "number" && typeof issue.input === "number") return "not-finite";
  if (CODES.has(issue.message) && issue.message !== "wrong-type") return issue.message as ValidationCode;
  switch (issue.type) {
    case "min_value":
    case "max_value":
    case "literal":
      return typeof issue.input === "number" ? "out-of-range" : "unknown-value";
    case "finite":
      return "not-finite";
    case "integer":
      return "not-integer";
    case "min_length":
      return "empty-list";
    case "max_length":
      return "text-too-long";
    case "picklist":
      return "unknown-value";
    case "variant":
      return "unknown-kind";
    default:
      return "wrong-type";
  }
}

/** Messages for the shape codes; semantic checks write their own. */
function messageFor(code: ValidationCode, issue: v.BaseIssue<unknown>, keys: readonly PathKey[]): string {
  const field = fieldName(keys);
  const found = describeValue(issue.input);
  switch (code) {
    case "missing-field":
      return field === "contraindications"
        ? `The exercise has no contraindications. List them, or add "noContraindications" with the reviewer and review date to say there are none.`
        : `The required field "${field}" is missing. Add it.`;
    case "unknown-key":
      return `"${field}" is not a field here. Check the spelling or remove it.`;
    case "not-finite":
      return `"${field}" must be a real number; found ${found}.`;
    case "not-integer":
      return `"${field}" must be a whole number; found ${found}.`;
    case "out-of-range":
      return `"${field}" is out of range (allowed ${rangeText(issue)}); found ${found}.`;
    case "unknown-value":
    case "unknown-kind":
      return `${found} is not an allowed value for "${field}". Use one of: ${(issue.expected ?? "").replaceAll(" | ", ", ")}.`;
    case "unknown-locale":
      return `${found} is not a supported language. Use one of: en-GB, en-US, es.`;
    case "empty-text":
      return `"${field}" is empty. Write the text, or remove the item.`;
    case "text-too-long":
      return `"${field}" is too long (at most ${issue.requirement as number} characters). Shorten it.`;
    case "invisible-text":
      return `"${field}" has no visible letters (only spaces or invisible characters such as zero-width spaces, soft hyphens or blank fillers). Write the text a reader should see.`;
    case "unsafe-characters":
      return `"${field}" contains characters that change what a reader sees: bidi override or isolate controls (U+202A–U+202E, U+2066–U+2069) or a broken character (lone surrogate). Remove them.`;
    case "markup-in-text":
      return `"${field}" contains markup (HTML tags, character entities such as &amp;, or Markdown links). Write plain text only.`;
    case "empty-list":
      return `"${field}" needs at least one item.`;
    case "invalid-id":
      return `${found} is not a valid id. Use lower-case letters, digits and single hyphens, e.g. "glute-bridge".`;
    case "invalid-date":
      return `${found} is not a real date. Write it as YYYY-MM-DD, e.g. "2025-03-31".`;
    case "invalid-doi":
      return `${found} is not a DOI. Write it like "10.1177/0363546506298279", without "https://doi.org/".`;
    case "invalid-licence":
      return `${found} is not a licence id. Use an SPDX id such as "CC-BY-4.0".`;
    case "invalid-media-type":
      return `${found} is not a video type. Use a MIME type such as "video/mp4" or "video/webm".`;
    case "unsafe-url":
      return `${found} is not an allowed address. Use an https:// address or a relative path such as "/media/clip.mp4".`;
    case "missing-captions":
      return "The video has no captions track. Add a WebVTT captions file in the content language.";
    default:
      return issue.input === undefined
        ? `"${field}" is missing.`
        : `"${field}" must be ${describeExpected(issue.expected)}; found ${found}.`;
  }
}

function rangeText(issue: v.BaseIssue<unknown>): string {
  if (issue.type === "literal") return String(issue.expected);
  if (issue.type === "min_value") return `from ${issue.requirement as number}`;
  if (issue.type === "max_value") return `up to ${issue.requirement as number}`;
  return String(issue.expected);
}

/** Turns valibot issues into path + code + message, dropping repeats on the same path and code. */
export function fromValibotIssues(issues: readonly v.BaseIssue<unknown>[], prefix: readonly PathKey[] = []) {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const keys = [...prefix, ...(issue.path ?? []).map((item) => item.key as PathKey)];
    const code = codeFor(issue);
    const path = toJsonPath(keys);
    if (seen.has(`${path} ${code}`)) continue;
    seen.add(`${path} ${code}`);
    const message = messageFor(code, issue, keys);
    out.push({ path, code, message: message.charAt(0).toUpperCase() + message.slice(1) });
  }
  return out;
}

/** An issue found by a check beyond the schema's shape. */
export function issue(keys: readonly PathKey[], code: ValidationCode, message: string): ValidationIssue {
  return { path: toJsonPath(keys), code, message };
}
