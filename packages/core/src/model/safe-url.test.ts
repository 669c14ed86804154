import { HOSTILE_URLS as UNSAFE } from "@movekit/fixtures/hostile-urls";
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
