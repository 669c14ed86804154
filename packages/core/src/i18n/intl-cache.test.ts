import { describe, expect, it } from "vitest";
import { collator, dateTimeFormat, numberFormat, weekdayName } from "./intl-cache";

describe("shared Intl formatters", () => {
  it("hands out one formatter per kind, locale and options", () => {
    expect(numberFormat("es", { style: "percent" })).toBe(numberFormat("es", { style: "percent" }));
    expect(numberFormat("es", { style: "percent" })).not.toBe(numberFormat("en-GB", { style: "percent" }));
    expect(dateTimeFormat("en-GB", { timeZone: "UTC" })).not.toBe(dateTimeFormat("en-GB"));
    expect(collator("es").compare("a", "b")).toBeLessThan(0);
  });

  it("formats with the options it was asked for", () => {
    expect(numberFormat("es", { style: "percent" }).format(0.1)).toMatch(/^10\s%$/);
    expect(weekdayName("wed", "en-GB")).toBe("Wednesday");
    expect(weekdayName("wed", "es")).toBe("miércoles");
  });
});
