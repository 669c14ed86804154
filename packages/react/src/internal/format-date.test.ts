import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatIsoDate } from "./format-date";

describe("formatDate and formatDateRange", () => {
  it("write calendar dates in the reader's language, on the same day in every time zone", () => {
    expect(formatDate("2025-01-15", "en-GB")).toBe("15 January 2025");
    expect(formatDate("2025-01-15", "es")).toBe("15 de enero de 2025");
    expect(formatDate("2025-01-15", "en-GB", "day")).toBe("Wed 15 Jan");
    expect(formatDate("2025-01-15", "en-GB", "weekday")).toBe("Wed");
    expect(formatDateRange("2026-01-05", "2026-01-11", "en-GB")).toBe("5 – 11 January 2026");
  });

  it("show unreadable dates as written rather than throwing", () => {
    expect(formatDate("soon", "en-GB", "day")).toBe("soon");
    expect(formatDateRange("2026-01-05", "later", "es")).toBe("2026-01-05 – later");
  });
});

describe("formatIsoDate", () => {
  it("writes every date as formatDate's long style does, and unreadable input as written (property)", () => {
    const day = fc.date({
      min: new Date(Date.UTC(100, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          day.map((d) => d.toISOString().slice(0, 10)),
          fc.string(),
        ),
        fc.constantFrom("en-GB", "es", "en-US", "fr"),
        (iso, locale) => {
          expect(formatIsoDate(iso, locale)).toBe(formatDate(iso, locale));
        },
      ),
    );
    expect(formatIsoDate("2025-01-15", "es")).toBe("15 de enero de 2025");
    expect(formatIsoDate("2025-02-30", "en-GB")).toBe("2025-02-30");
  });
});
