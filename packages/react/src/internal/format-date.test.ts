import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange } from "./format-date";

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
