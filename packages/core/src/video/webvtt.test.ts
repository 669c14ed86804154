import { describe, expect, it } from "vitest";
import {
  formatVttTimestamp,
  MAX_WEBVTT_CHARS,
  parseVttTimestamp,
  parseWebVtt,
  serializeWebVtt,
  type WebVttResult,
} from "./webvtt";

function cuesOf(result: WebVttResult) {
  expect(result.errors).toEqual([]);
  return result.cues;
}

describe("parseWebVtt", () => {
  it("reads cues with ids, settings, CRLF line ends and a BOM, in time order", () => {
    const vtt =
      "\uFEFFWEBVTT - captions\r\nKind: captions\r\n\r\nlift\r\n00:00:04.000 --> 00:00:06.500 align:start\r\nLift the knee\r\n\r\n00:01.000 --> 00:03.250\r\nLie on your side\r\nknees bent\r\n";
    expect(parseWebVtt(vtt)).toEqual({
      ok: true,
      errors: [],
      cues: [
        { start: 1, end: 3.25, text: "Lie on your side\nknees bent" },
        { id: "lift", start: 4, end: 6.5, text: "Lift the knee" },
      ],
    });
  });

  it("skips NOTE, STYLE and REGION blocks and cues with broken timings", () => {
    const vtt = [
      "WEBVTT",
      "STYLE\n::cue { color: red }",
      "NOTE a comment\nover lines",
      "00:00.000 --> 00:00.500\nkept",
      "00:02.000 --> 00:01.000\nend before start",
      "0:02.000 --> 00:03.000\nminutes need two digits",
      "00:04.000 -> 00:05.000\nbad arrow",
    ].join("\n\n");
    expect(cuesOf(parseWebVtt(vtt)).map((c) => c.text)).toEqual(["kept"]);
  });

  it("turns markup into plain text: tags dropped, entities decoded, voice kept apart", () => {
    const vtt =
      "WEBVTT\n\n00:00.000 --> 00:01.000\n<v.coach Sam>Keep <b>your</b> <c.x>feet</c> <00:00.500>together &amp; breathe &lt;b&gt;</v>";
    expect(cuesOf(parseWebVtt(vtt))[0]).toMatchObject({ text: "Keep your feet together & breathe <b>", voice: "Sam" });
  });

  it("leaves script and event-handler payloads as harmless text with no tags left", () => {
    const vtt =
      'WEBVTT\n\n00:00.000 --> 00:01.000\n<script>alert(1)</script><img src=x onerror="alert(2)">Hello &#60;img&#62; <unclosed';
    const [cue] = cuesOf(parseWebVtt(vtt));
    expect(cue?.text).toBe("alert(1)Hello <img>");
    expect(cue?.text).not.toMatch(/onerror/);
  });

  it("keeps very long cues whole", () => {
    const long = "a".repeat(12_000);
    expect(cuesOf(parseWebVtt(`WEBVTT\n\n00:00.000 --> 00:01.000\n${long}`))[0]?.text).toHaveLength(12_000);
  });

  it("answers, without throwing, that an HTML error page is not WebVTT", () => {
    for (const text of ["<!doctype html><title>404</title>", "<!doctype html>", "WEBVTTX\n\n", ""]) {
      const result = parseWebVtt(text);
      expect(result).toMatchObject({ ok: false, cues: [], errors: [{ path: "$", code: "not-webvtt" }] });
    }
    expect(parseWebVtt("<!doctype html>").errors[0]?.message).toMatch(/first line to start with "WEBVTT"/);
  });

  it("refuses a file over the size limit unread", () => {
    const result = parseWebVtt(`WEBVTT\n\n${"x".repeat(MAX_WEBVTT_CHARS)}`);
    expect(result).toMatchObject({ ok: false, errors: [{ code: "file-too-large" }] });
  });

  it("reads a 1 MB file of repeated unclosed voice tags as one cue of no text (linear, not quadratic)", () => {
    // 250,000 "<v a" took over 30 s with the old voice pattern; the whole suite would time out if it came back.
    const result = parseWebVtt(`WEBVTT\n\n00:00.000 --> 00:01.000\n${"<v a".repeat(249_990)}`);
    expect(result).toMatchObject({ ok: true, cues: [{ start: 0, end: 1, text: "" }] });
  });

  it("keeps the voice of a closed voice tag among many unclosed-looking ones", () => {
    const result = parseWebVtt(`WEBVTT\n\n00:00.000 --> 00:01.000\n<v Sam>Hello${"<v a>".repeat(1000)}`);
    expect(cuesOf(result)[0]).toEqual({ start: 0, end: 1, text: "Hello", voice: "Sam" });
  });

  it("refuses two cues with the same id, naming the line of each", () => {
    const vtt = "WEBVTT\n\nlift\n00:00.000 --> 00:01.000\nA\n\nlift\n00:01.000 --> 00:02.000\nB\n";
    const result = parseWebVtt(vtt);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({ code: "duplicate-cue-id", path: "$.cues[1].id", line: 7 }),
    ]);
    expect(result.errors[0]?.message).toMatch(/already used on line 3/);
  });

  it("refuses a cue that ends after the video", () => {
    const vtt = "WEBVTT\n\n00:00.000 --> 00:05.000\nA\n\n00:05.000 --> 00:31.000\nB\n";
    expect(parseWebVtt(vtt, { durationSeconds: 30 })).toMatchObject({
      ok: false,
      errors: [{ code: "cue-out-of-range", path: "$.cues[1].end", line: 6 }],
    });
    expect(parseWebVtt(vtt, { durationSeconds: 31 }).ok).toBe(true);
  });

  it("refuses a cue past 10 hours when no duration is given", () => {
    const result = parseWebVtt("WEBVTT\n\n99999:00:00.000 --> 99999:00:01.000\nA\n");
    expect(result).toMatchObject({ ok: false, errors: [{ code: "cue-out-of-range" }] });
  });

  it("refuses a timestamp with a 400-digit hour field instead of reading it as an infinite time", () => {
    const hours = "9".repeat(400);
    const result = parseWebVtt(`WEBVTT\n\n${hours}:00:00.000 --> ${hours}:00:01.000\nA\n`);
    expect(result).toMatchObject({ ok: false, cues: [], errors: [{ code: "invalid-timestamp", line: 3 }] });
  });
});

describe("timestamps", () => {
  it("parses with and without hours and rejects malformed ones", () => {
    expect(parseVttTimestamp("01:02.500")).toBe(62.5);
    expect(parseVttTimestamp("1:01:02.005")).toBeCloseTo(3662.005);
    expect(parseVttTimestamp("01:02,500")).toBeUndefined();
    expect(parseVttTimestamp("01:60.000")).toBeUndefined();
  });

  it("refuses an hour field too long to be a real time, never giving Infinity", () => {
    expect(parseVttTimestamp(`${"9".repeat(400)}:00:00.000`)).toBeUndefined();
    expect(parseVttTimestamp("99999:00:00.000")).toBe(99999 * 3600);
  });

  it("formats seconds with hours and milliseconds", () => {
    expect(formatVttTimestamp(62.5)).toBe("00:01:02.500");
    expect(formatVttTimestamp(-3)).toBe("00:00:00.000");
  });
});

describe("serializeWebVtt", () => {
  it("writes a file that reads back to the same cues, escaping markup characters", () => {
    const cues = [
      { id: "setup", start: 0, end: 2, text: "Lie on your side" },
      { id: "lift", start: 2, end: 5.25, text: "Lift <slowly> & --> hold" },
    ];
    const vtt = serializeWebVtt(cues, { header: "chapters" });
    expect(vtt.startsWith("WEBVTT - chapters\n\nsetup\n00:00:00.000 --> 00:00:02.000\n")).toBe(true);
    expect(vtt).not.toContain("<slowly>");
    expect(cuesOf(parseWebVtt(vtt))).toEqual(cues);
  });
});
