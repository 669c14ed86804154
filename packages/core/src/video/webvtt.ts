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

/** Thrown when text is not a WebVTT file at all (a wrong URL often returns an HTML error page). */
export class WebVttError extends Error {
  override name = "WebVttError";
}

const TIMESTAMP = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const TIMING_LINE = /^(\S+)[ \t]+-->[ \t]+(\S+)/;
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  lrm: "\u200e",
  rlm: "\u200f",
};

/** "01:02.500" or "1:01:02.500" → seconds; `undefined` when malformed. */
export function parseVttTimestamp(value: string): number | undefined {
  const match = TIMESTAMP.exec(value.trim());
  if (!match) return undefined;
  const [, h = "0", m = "0", s = "0", ms = "0"] = match;
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

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Cue payload → plain text. Markup (`<b>`, `<c.x>`, `<v Name>`, `<00:01.000>` and anything tag-like, including
 * `<script>`) is dropped, then entities are decoded, so "&lt;b&gt;" comes out as the literal characters "<b>".
 * The result is meant for text nodes only.
 */
export function cuePayloadToText(payload: string): { text: string; voice?: string } {
  const voice = /<v(?:\.[^\s>]*)?[ \t]+([^>]+)>/.exec(payload)?.[1]?.trim();
  const text = decodeEntities(payload.replace(/<[^>]*>?/g, ""))
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
  return voice ? { text, voice } : { text };
}

/**
 * Parses WebVTT text into plain-text cues sorted by start time. NOTE, STYLE and REGION blocks are skipped, as are
 * cues with malformed timings or an end before their start. Throws {@link WebVttError} when the text does not start
 * with the WEBVTT signature.
 */
export function parseWebVtt(source: string): WebVttCue[] {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!/^WEBVTT(?:[ \t\n]|$)/.test(text)) {
    throw new WebVttError(
      `Not a WebVTT file: expected the first line to start with "WEBVTT", got "${text.slice(0, 40)}"`,
    );
  }
  const cues: WebVttCue[] = [];
  // The header block (signature plus optional metadata) ends at the first blank line.
  const blocks = text.split(/\n{2,}/).slice(1);
  for (const block of blocks) {
    const lines = block.split("\n");
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(lines[0] ?? "")) continue;
    const timingIndex = lines.findIndex((line) => line.includes("-->"));
    if (timingIndex < 0 || timingIndex > 1) continue;
    const timing = TIMING_LINE.exec(lines[timingIndex] ?? "");
    const start = timing ? parseVttTimestamp(timing[1] ?? "") : undefined;
    const end = timing ? parseVttTimestamp(timing[2] ?? "") : undefined;
    if (start === undefined || end === undefined || end < start) continue;
    const { text: cueText, voice } = cuePayloadToText(lines.slice(timingIndex + 1).join("\n"));
    const id = timingIndex === 1 ? lines[0]?.trim() : undefined;
    cues.push({ ...(id ? { id } : {}), start, end, text: cueText, ...(voice ? { voice } : {}) });
  }
  return cues.sort((a, b) => a.start - b.start);
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
