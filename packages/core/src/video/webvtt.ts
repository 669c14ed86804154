import { cuePayloadToText } from "./webvtt-payload";

/** One cue from a WebVTT file, reduced to plain text. */
export interface WebVttCue {
  /** The cue identifier line, when the file gives one. */
  id?: string;
  /** Start time in seconds. */
  start: number;
  /** End time in seconds. */
  end: number;
  /** Cue payload as plain text: tags removed, entities decoded, lines joined by "\n". Never HTML. */
  text: string;
  /** The speaker from a `<v Name>` voice span, if any. */
  voice?: string;
}

/** Why a caption file was refused. Stable codes; the message is for people. */
export type WebVttIssueCode =
  | "not-webvtt"
  | "file-too-large"
  | "invalid-timestamp"
  | "cue-out-of-range"
  | "duplicate-cue-id";

export interface WebVttIssue {
  /** Where: `$` for the file, `$.cues[3].id` for a cue (its index among the cues read, in file order). */
  path: string;
  /** 1-based line of the cue's timing line, when the issue belongs to a cue. */
  line?: number;
  code: WebVttIssueCode;
  message: string;
}

/**
 * What `parseWebVtt` found. `cues` holds every well-formed cue even when `ok` is false, so a tool can show them;
 * a player should treat a file with errors as not loaded.
 */
export type WebVttResult =
  | { ok: true; cues: WebVttCue[]; errors: [] }
  | { ok: false; cues: WebVttCue[]; errors: WebVttIssue[] };

export interface WebVttOptions {
  /** The video's length in seconds: a cue ending after it is an error. */
  durationSeconds?: number;
}

/** A caption file is a few kB; anything bigger than this is not one (or is hostile) and is refused unread. */
export const MAX_WEBVTT_CHARS = 1_000_000;
/** Without a known duration no cue may end after 10 hours, the longest video content may describe. */
export const MAX_CUE_SECONDS = 36_000;
// Hours beyond 5 digits cannot be a real time; refused before Number() could turn them into Infinity.
const MAX_HOUR_DIGITS = 5;

const TIMESTAMP = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const TIMING_LINE = /^(\S+)[ \t]+-->[ \t]+(\S+)/;

/** "01:02.500" or "1:01:02.500" → seconds; `undefined` when malformed or the hour field is absurdly long. */
export function parseVttTimestamp(value: string): number | undefined {
  const match = TIMESTAMP.exec(value.trim());
  if (!match) return undefined;
  const [, h = "0", m = "0", s = "0", ms = "0"] = match;
  if (h.length > MAX_HOUR_DIGITS) return undefined;
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
}

/** Seconds → "00:01:02.500", the form every WebVTT reader accepts. */
export function formatVttTimestamp(seconds: number): string {
  const totalMs = Math.max(0, Math.round((Number.isFinite(seconds) ? seconds : 0) * 1000));
  const h = Math.floor(totalMs / 3_600_000);
  const m = Math.floor((totalMs % 3_600_000) / 60_000);
  const s = Math.floor((totalMs % 60_000) / 1000);
  const ms = totalMs % 1000;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms, 3)}`;
}

export { cuePayloadToText };

const ABSURD_HOURS = /^\d{6,}:/;

function refused(code: WebVttIssueCode, message: string): WebVttResult {
  return { ok: false, cues: [], errors: [{ path: "$", code, message }] };
}

/**
 * Parses WebVTT text into plain-text cues sorted by start time. NOTE, STYLE and REGION blocks are skipped, as are
 * cues with malformed timings or an end before their start (as browsers do). Never throws: a file that is not
 * WebVTT (a wrong URL often returns an HTML error page), is over {@link MAX_WEBVTT_CHARS}, has a timestamp with an
 * absurd hour field, a cue ending after the video (or after {@link MAX_CUE_SECONDS} when no duration is given)
 * or two cues with one id comes back with `ok: false` and the errors. Linear in the size of the file.
 */
export function parseWebVtt(source: string, options: WebVttOptions = {}): WebVttResult {
  if (typeof source !== "string") return refused("not-webvtt", "Not a WebVTT file: expected text.");
  if (source.length > MAX_WEBVTT_CHARS) {
    return refused(
      "file-too-large",
      `The caption file is ${source.length} characters; at most ${MAX_WEBVTT_CHARS} are read. A caption file is usually a few kB.`,
    );
  }
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!/^WEBVTT(?:[ \t\n]|$)/.test(text)) {
    return refused(
      "not-webvtt",
      `Not a WebVTT file: expected the first line to start with "WEBVTT", got ${JSON.stringify(text.slice(0, 40))}.`,
    );
  }
  const limit =
    options.durationSeconds !== undefined && Number.isFinite(options.durationSeconds) && options.durationSeconds > 0
      ? options.durationSeconds
      : MAX_CUE_SECONDS;
  const cues: WebVttCue[] = [];
  const errors: WebVttIssue[] = [];
  const ids = new Map<string, number>();
  let line = 1;
  // The header block (signature plus optional metadata) ends at the first blank line.
  const parts = text.split(/(\n{2,})/);
  for (let p = 0; p < parts.length; p += 2) {
    const block = parts[p] ?? "";
    const blockLine = line;
    line += countNewlines(block) + countNewlines(parts[p + 1] ?? "");
    if (p === 0) continue;
    const lines = block.split("\n");
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(lines[0] ?? "")) continue;
    const timingIndex = lines.findIndex((l) => l.includes("-->"));
    if (timingIndex < 0 || timingIndex > 1) continue;
    const timing = TIMING_LINE.exec(lines[timingIndex] ?? "");
    const at = (field: string) => `$.cues[${cues.length}].${field}`;
    const cueLine = blockLine + timingIndex;
    if (timing && (ABSURD_HOURS.test(timing[1] ?? "") || ABSURD_HOURS.test(timing[2] ?? ""))) {
      errors.push({
        path: at("start"),
        line: cueLine,
        code: "invalid-timestamp",
        message: `Line ${cueLine}: the hour field has more than ${MAX_HOUR_DIGITS} digits; that is not a real time.`,
      });
      continue;
    }
    const start = timing ? parseVttTimestamp(timing[1] ?? "") : undefined;
    const end = timing ? parseVttTimestamp(timing[2] ?? "") : undefined;
    if (start === undefined || end === undefined || end < start) continue;
    if (end > limit) {
      errors.push({
        path: at("end"),
        line: cueLine,
        code: "cue-out-of-range",
        message: `Line ${cueLine}: the cue ends at ${formatVttTimestamp(end)}, after ${options.durationSeconds !== undefined ? "the end of the video" : "the longest time a caption may have"} (${formatVttTimestamp(limit)}).`,
      });
    }
    const id = timingIndex === 1 ? lines[0]?.trim() : undefined;
    if (id) {
      const first = ids.get(id);
      if (first !== undefined) {
        errors.push({
          path: at("id"),
          line: blockLine,
          code: "duplicate-cue-id",
          message: `Line ${blockLine}: the cue id ${JSON.stringify(id.slice(0, 80))} is already used on line ${first}. Cue ids must be unique.`,
        });
      } else ids.set(id, blockLine);
    }
    const { text: cueText, voice } = cuePayloadToText(lines.slice(timingIndex + 1).join("\n"));
    cues.push({ ...(id ? { id } : {}), start, end, text: cueText, ...(voice ? { voice } : {}) });
  }
  cues.sort((a, b) => a.start - b.start);
  return errors.length === 0 ? { ok: true, cues, errors: [] } : { ok: false, cues, errors };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Escapes text for a WebVTT payload, so it reads back as the same characters. */
function escapePayload(text: string): string {
  // "-->" may not appear in a payload; a blank line would end the cue.
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Writes cues as a WebVTT file (used to generate caption and chapter tracks from content). */
export function serializeWebVtt(
  cues: ReadonlyArray<Omit<WebVttCue, "voice">>,
  options: { header?: string } = {},
): string {
  const header = options.header ? `WEBVTT - ${options.header.replace(/\n/g, " ")}` : "WEBVTT";
  const body = cues.map((cue) => {
    const id = cue.id ? `${cue.id.replace(/\n|-->/g, " ")}\n` : "";
    return `${id}${formatVttTimestamp(cue.start)} --> ${formatVttTimestamp(cue.end)}\n${escapePayload(cue.text)}`;
  });
  return `${[header, ...body].join("\n\n")}\n`;
}
