import { describe, expect, it } from "vitest";
import { es } from "../locales/es";
import { describePlaybackPosition, formatClock } from "./format-time";

describe("formatClock", () => {
  it("writes minutes and seconds, adding hours past an hour", () => {
    expect(formatClock(65)).toBe("1:05");
    expect(formatClock(150.9)).toBe("2:30");
    expect(formatClock(3725)).toBe("1:02:05");
  });
  it("reads unknown or negative times as 0:00", () => {
    expect(formatClock(Number.NaN)).toBe("0:00");
    expect(formatClock(Number.POSITIVE_INFINITY)).toBe("0:00");
    expect(formatClock(-4)).toBe("0:00");
  });
});

describe("describePlaybackPosition", () => {
  it("says the time, the length and the chapter", () => {
    expect(describePlaybackPosition({ currentTime: 65, duration: 150, chapter: "lower slowly" })).toBe(
      "1:05 of 2:30, chapter: lower slowly",
    );
  });
  it("leaves out what is unknown", () => {
    expect(describePlaybackPosition({ currentTime: 3, duration: Number.NaN })).toBe("0:03");
    expect(describePlaybackPosition({ currentTime: 3, duration: 10 })).toBe("0:03 of 0:10");
  });
  it("speaks Spanish", () => {
    expect(describePlaybackPosition({ currentTime: 65, duration: 150, chapter: "baja despacio" }, "es", es)).toBe(
      "1:05 de 2:30, capítulo: baja despacio",
    );
  });
});
