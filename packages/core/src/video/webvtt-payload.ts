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

// Each "&" starts at most one match and the runs it scans never overlap: linear.
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// "v Sam" or "v.coach Sam" (the inside of a voice tag), applied to one tag at a time.
const VOICE_TAG = /^v(?:\.[^\s>]*)?[ \t]+([^>]+)$/;

/**
 * Cue payload → plain text. Markup (`<b>`, `<c.x>`, `<v Name>`, `<00:01.000>` and anything tag-like, including
 * `<script>`) is dropped, then entities are decoded, so "&lt;b&gt;" comes out as the literal characters "<b>".
 * A tag starts at "<" and ends at the next ">" or, unclosed, at the end. One pass over the payload: each character is read
 * once, so a hostile payload such as "<v a" repeated a million times costs no more than ordinary text.
 * The result is meant for text nodes only.
 */
export function cuePayloadToText(payload: string): { text: string; voice?: string } {
  let stripped = "";
  let voice: string | undefined;
  let at = 0;
  while (at < payload.length) {
    const open = payload.indexOf("<", at);
    if (open < 0) {
      stripped += payload.slice(at);
      break;
    }
    stripped += payload.slice(at, open);
    const close = payload.indexOf(">", open + 1);
    if (close < 0) break; // an unclosed tag swallows the rest, and cannot be a voice (it needs its ">")
    if (voice === undefined && payload.charAt(open + 1) === "v") {
      voice = VOICE_TAG.exec(payload.slice(open + 1, close))?.[1]?.trim() || undefined;
    }
    at = close + 1;
  }
  const text = decodeEntities(stripped)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
  return voice ? { text, voice } : { text };
}
