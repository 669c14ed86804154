import { describe, expect, it } from "vitest";
import { isSafeUrl, SAFE_URL_PATTERN } from "./safe-url";

const SAFE = [
  "https://cdn.example.org/clip.mp4",
  "https://cdn.example.org:8443/a/b.vtt?lang=es&v=2#t=10",
  "/media/glute-bridge.mp4",
  "./captions/en-GB.vtt",
  "../media/poster.jpg",
  "media/clamshell.webm",
  "media/clip%20one.mp4",
  "#t=10",
];

// Each row is a way to smuggle a script, a document or another origin through a src/href.
const UNSAFE = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "\u0000javascript:alert(1)",
  "\u0001javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "javascript&colon;alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A;avascript:alert(1)",
  "&#0000106&#0000097vascript:alert(1)",
  "javascript%3Aalert(1)",
  "%6Aavascript:alert(1)",
  "jav&#x09;ascript:alert(1)",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "DATA:text/html,x",
  "file:///etc/passwd",
  "http://cdn.example.org/clip.mp4",
  "ftp://example.org/clip.mp4",
  "//evil.example/clip.mp4",
  "/\\evil.example/clip.mp4",
  "\\\\evil.example\\clip.mp4",
  "https:\\\\evil.example",
  "/%2Fevil.example/clip.mp4",
  "https://user:pass@cdn.example.org/clip.mp4",
  "https://",
  "https&colon;//cdn.example.org/clip.mp4",
  "\u200Bjavascript:alert(1)",
  "",
];

describe("isSafeUrl", () => {
  it.each(SAFE)("accepts %j", (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each(UNSAFE)("rejects %j", (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it("covers at least 20 disguised forms", () => {
    expect(UNSAFE.length).toBeGreaterThanOrEqual(20);
  });

  it("rejects values that are not strings", () => {
    expect(isSafeUrl(undefined)).toBe(false);
    expect(isSafeUrl({ toString: () => "https://x.org" })).toBe(false);
  });

  it("has a JSON Schema pattern that agrees on the corpus", () => {
    const pattern = new RegExp(SAFE_URL_PATTERN, "u");
    for (const url of SAFE.filter((u) => !u.includes("%"))) expect(pattern.test(url), url).toBe(true);
    for (const url of UNSAFE) expect(pattern.test(url), url).toBe(false);
  });
});
