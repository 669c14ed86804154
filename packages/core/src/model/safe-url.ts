/**
 * URL allow-list for content: `https://host/...` or a relative path. Everything else is refused, including the
 * disguised forms browsers still run: mixed case (`JaVaScRiPt:`), tabs or newlines inside the scheme
 * (`java\tscript:`), leading control characters, HTML entities (`javascript&colon;`, `&#106;avascript:`),
 * percent-encoding, backslashes (`/\evil.example`) and protocol-relative `//host`.
 */

const MAX_URL_LENGTH = 2048;
// C0 controls, space, DEL and C1 controls: none belongs in a content URL (spaces must be %20).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const NAMED_ENTITIES: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  bsol: "\\",
  lpar: "(",
  rpar: ")",
  period: ".",
  amp: "&",
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(Number.parseInt(lower.slice(2), 16), match);
    if (lower.startsWith("#")) return safeCodePoint(Number.parseInt(lower.slice(1), 10), match);
    return NAMED_ENTITIES[lower] ?? match;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** What a lenient browser or HTML parser could make of the string: decoded until stable, controls stripped. */
function normalise(url: string): string {
  let current = url;
  for (let i = 0; i < 5; i++) {
    const next = decodePercent(decodeEntities(current));
    if (next === current) break;
    current = next;
  }
  return current.replace(new RegExp(CONTROL_OR_SPACE.source, "g"), "").toLowerCase();
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/;

/**
 * True when `url` is safe to put in `src`/`href`: an absolute `https:` URL with a host and no credentials, or a
 * relative path (`/media/a.mp4`, `./a.vtt`, `media/a.vtt`, `?q`, `#t=10`). Shared by validation and by
 * `@movekit/react`, which checks again before rendering.
 */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== "string" || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  if (CONTROL_OR_SPACE.test(url) || url.includes("\\")) return false;
  const decoded = normalise(url);
  if (decoded.includes("\\") || decoded.startsWith("//") || url.startsWith("//")) return false;
  if (SCHEME.test(decoded) || SCHEME.test(url.toLowerCase())) {
    // Only a literal, undisguised https:// passes; "https&colon;//" or "%68ttps://" do not.
    if (!url.startsWith("https://") || !decoded.startsWith("https://")) return false;
    try {
      const parsed = new URL(url);
      return parsed.protocol === "https:" && parsed.hostname.length > 0 && !parsed.username && !parsed.password;
    } catch {
      return false;
    }
  }
  // Relative: a colon before the first "/", "?" or "#" would be read as a scheme by URL resolution.
  const firstSegment = decoded.split(/[/?#]/, 1)[0] ?? "";
  return !firstSegment.includes(":");
}

/**
 * A conservative JSON Schema `pattern` for the same rule, for editors and other validators. It is stricter than
 * `isSafeUrl` in one way (no `&` entity forms or `%` in the first path segment) and `parseLibrary` stays the authority.
 */
export const SAFE_URL_PATTERN =
  "^(?:https://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#][^\\s\\\\\\u0000-\\u001F\\u007F]*)?|(?:/(?![/\\\\%])|\\./|\\.\\./|[A-Za-z0-9_~.-]+(?:[/?#]|$)|[?#])[^\\s\\\\\\u0000-\\u001F\\u007F]*)$";
