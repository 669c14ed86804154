import { FUZZ_SEED } from "@movekit/fixtures/fuzz-arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SessionLog } from "../session/session-log";
import { csvField, PAIN_CHECK_CSV_COLUMNS, painChecksToCsv, SESSION_CSV_COLUMNS, sessionLogsToCsv, toCsv } from "./csv";

/** A small RFC 4180 reader, written apart from the writer, to read back what it wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "stop"', '"say ""stop"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])("writes %j as %s", (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it("writes numbers and booleans as they are, and nothing for a missing value", () => {
    expect([csvField(-1), csvField(7), csvField(false), csvField(undefined), csvField(null)]).toEqual([
      "-1",
      "7",
      "false",
      "",
      "",
    ]);
  });

  it("for any text, reads back as the same text (bar the guard quote) and never starts a cell with a formula", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }), (rows) => {
        const header = rows[0]?.map((_, i) => `c${i}`) ?? ["c0"];
        const width = header.length;
        const padded = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
        const back = parseCsv(toCsv(header, padded)).slice(1);
        expect(back).toHaveLength(padded.length);
        for (const [r, row] of back.entries()) {
          for (const [c, cell] of row.entries()) {
            const original = padded[r]?.[c] ?? "";
            expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
            expect(/^[=+\-@]/.test(cell)).toBe(false);
          }
        }
      }),
      { seed: FUZZ_SEED, numRuns: 200 },
    );
  });
});

describe("sessionLogsToCsv and painChecksToCsv", () => {
  const log: SessionLog = {
    exercises: [
      {
        exerciseId: "glute-bridge",
        status: "done",
        sets: [
          { set: 1, side: "left", reps: 10, holds: 0, seconds: 30, completed: true },
          { set: 1, side: "right", reps: 8, holds: 0, seconds: 25, completed: false },
        ],
      },
      { exerciseId: "clamshell", status: "skipped", skipReason: "pain", painScore: 6, sets: [] },
    ],
    painDuring: 3,
    difficulty: "about-right",
    completed: false,
    activeSeconds: 301.6,
    ended: { reason: "pain", action: "stop-today" },
  };

  it("writes one row per exercise with the session's answers, under the documented columns", () => {
    const rows = parseCsv(sessionLogsToCsv([{ at: "2026-03-02T09:15:00Z", programmeId: "hip", log }]));
    expect(rows[0]).toEqual([...SESSION_CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        "2026-03-02T09:15:00Z",
        "hip",
        "glute-bridge",
        "done",
        "",
        "",
        "1",
        "18",
        "0",
        "55",
        "false",
        "3",
        "",
        "about-right",
        "302",
        "stop-today",
      ],
      [
        "2026-03-02T09:15:00Z",
        "hip",
        "clamshell",
        "skipped",
        "pain",
        "6",
        "0",
        "0",
        "0",
        "0",
        "false",
        "3",
        "",
        "about-right",
        "302",
        "stop-today",
      ],
    ]);
  });

  it("writes a pain check-in per row", () => {
    const csv = painChecksToCsv([
      { recordedAt: "2026-03-03T08:00:00Z", readings: { nextMorning: 2 }, action: "continue" },
    ]);
    expect(parseCsv(csv)).toEqual([[...PAIN_CHECK_CSV_COLUMNS], ["2026-03-03T08:00:00Z", "", "", "", "2", "continue"]]);
  });
});
