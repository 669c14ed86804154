import { describe, expect, it } from "vitest";
import { formatVttTimestamp, parseVttTimestamp, parseWebVtt, serializeWebVtt, WebVttError } from "./webvtt";

describe("parseWebVtt", () => {
  it("reads cues with ids, settings, CRLF line ends and a BOM, in time order", () => {
    const vtt =
      "\uFEFFWEBVTT - captions\r\nKind: captions\r\n\r\nlift\r\n00:00:04.000 --> 00:00:06.500 align:start\r\nLift the knee\r\n\r\n00:01.000 --> 00:03.250\r\nLie on your side\r\nknees bent\r\n";
    expect(parseWebVtt(vtt)).toEqual([
      { start: 1, end: 3.25, text: "Lie on your side\nknees bent" },
      { id: "lift", start: 4, end: 6.5, text: "Lift the knee" },
    ]);
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
    expect(parseWebVtt(vtt).map((c) => c.text)).toEqual(["kept"]);
  });

  it("turns markup into plain text: tags dropped, entities decoded, voice kept apart", () => {
    const vtt =
      "WEBVTT\n\n00:00.000 --> 00:01.000\n<v.coach Sam>Keep <b>your</b> <c.x>feet</c> <00:00.500>together &amp; breathe &lt;b&gt;</v>";
    expect(parseWebVtt(vtt)[0]).toMatchObject({ text: "Keep your feet together & breathe <b>", voice: "Sam" });
  });

  it("leaves script and event-handler payloads as harmless text with no tags left", () => {
    const vtt =
      'WEBVTT\n\n00:00.000 --> 00:01.000\n<script>alert(1)</script><img src=x onerror="alert(2)">Hello &#60;img&#62; <unclosed';
    const [cue] = parseWebVtt(vtt);
    expect(cue?.text).toBe("alert(1)Hello <img>");
    expect(cue?.text).not.toMatch(/onerror/);
  });

  it("keeps very long cues whole", () => {
    const long = "a".repeat(12_000);
    expect(parseWebVtt(`WEBVTT\n\n00:00.000 --> 00:01.000\n${long}`)[0]?.text).toHaveLength(12_000);
  });

  it("refuses text that is not WebVTT, such as an HTML error page, with a clear error", () => {
    expect(() => parseWebVtt("<!doctype html><title>404</title>")).toThrow(WebVttError);
    expect(() => parseWebVtt("<!doctype html>")).toThrow(/first line to start with "WEBVTT"/);
    expect(() => parseWebVtt("WEBVTTX\n\n")).toThrow(WebVttError);
  });
});

describe("timestamps", () => {
  it("parses with and without hours and rejects malformed ones", () => {
    expect(parseVttTimestamp("01:02.500")).toBe(62.5);
    expect(parseVttTimestamp("1:01:02.005")).toBeCloseTo(3662.005);
    expect(parseVttTimestamp("01:02,500")).toBeUndefined();
    expect(parseVttTimestamp("01:60.000")).toBeUndefined();
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
    expect(parseWebVtt(vtt)).toEqual(cues);
  });
});
