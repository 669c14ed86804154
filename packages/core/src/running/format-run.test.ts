import { describe, expect, it } from "vitest";
import {
  formatPercent,
  formatPercentChange,
  formatRunMinutes,
  formatRunMinutesValue,
  formatRunTime,
  formatWeekday,
} from "./format-run";

describe("running-plan formatters (locale first)", () => {
  it("words interval times exactly and briefly", () => {
    // ICU versions differ on "sec"/"secs": the assertions hold for both.
    expect(formatRunTime("en-GB", 30)).toMatch(/^30 secs?$/);
    expect(formatRunTime("en-GB", 60)).toBe("1 min");
    expect(formatRunTime("en-GB", 90)).toMatch(/^1 min 30 secs?$/);
    expect(formatRunTime("es", 90)).toMatch(/^1 min 30 s/);
  });

  it("rounds weekly minutes to one decimal", () => {
    expect(formatRunMinutes("en-GB", 2160)).toMatch(/^36 mins?$/);
    expect(formatRunMinutes("en-GB", 450)).toMatch(/^7\.5 mins?$/);
    // A chart's labels: the number alone, in the reader's notation.
    expect(formatRunMinutesValue("en-GB", 3510)).toBe("58.5");
    expect(formatRunMinutesValue("es", 3510)).toBe("58,5");
    expect(formatRunMinutesValue("en-GB", 3600)).toBe("60");
  });

  it("signs a change but not a size of change", () => {
    expect(formatPercentChange("en-GB", 0.1)).toBe("+10%");
    expect(formatPercentChange("en-GB", 0)).toBe("0%");
    expect(formatPercent("en-GB", 0.29)).toBe("29%");
  });

  it("names weekdays in the reader's language", () => {
    expect(formatWeekday("en-GB", "wed")).toBe("Wednesday");
    expect(formatWeekday("es", "wed")).toBe("miércoles");
  });
});
