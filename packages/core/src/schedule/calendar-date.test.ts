import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber, utcDateOf } from "./calendar-date";

describe("utcDateOf", () => {
  it("is midnight UTC of the same calendar date, for every date from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("2200-12-31") }), (day) => {
        const date = fromDayNumber(day);
        const utc = utcDateOf(date);
        expect(utc?.toISOString()).toBe(`${date}T00:00:00.000Z`);
      }),
    );
  });

  it("is undefined for text that is not a real date, instead of an invalid Date", () => {
    for (const text of ["", "soon", "2025-02-30", "2025-13-01", "15/01/2025", "2025-01-15T10:00"]) {
      expect(utcDateOf(text)).toBeUndefined();
    }
  });
});
