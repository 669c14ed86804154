import { programmeFixture } from "@movekit/fixtures/exercise-inputs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { progressMessages } from "../i18n/messages/progress";
import { createTranslator } from "../i18n/translate";
import { es } from "../locales/es";
import { parseProgramme } from "../model/parse";
import type { Programme } from "../model/types";
import { addDays } from "../schedule/calendar-date";
import type { SessionLog } from "../session/session-log";
import { describeProgress } from "./describe-progress";
import { summarizeProgress } from "./progress-summary";

const parsed = parseProgramme(programmeFixture());
if (!parsed.ok) throw new Error("fixture programme is invalid");
// Settle: 1 week × 3 sessions; Build: 2 weeks × 3 sessions. Sessions fall on days 0, 2 and 4 of each week.
const programme: Programme = parsed.value;
const start = "2026-03-02";
const day = (n: number) => addDays(start, n);
const finished = (extra: Partial<SessionLog> = {}): SessionLog => ({
  exercises: [],
  completed: true,
  activeSeconds: 600,
  ...extra,
});

describe("summarizeProgress", () => {
  it("counts sessions planned and done per week, and marks missed and ended-early days", () => {
    const summary = summarizeProgress({
      programme,
      startDate: start,
      today: day(9),
      sessions: [
        { date: day(0), log: finished({ painDuring: 3, painAfter: 2 }) },
        { date: day(2), log: finished() },
        // Day 4 missed. Week 2: day 7 done, day 9 ended on the verdict.
        { date: day(7), log: finished({ painDuring: 4 }) },
        {
          date: day(9),
          log: finished({ completed: false, ended: { reason: "pain", action: "stop-today", painScore: 6 } }),
        },
      ],
    });
    expect(summary.weeks.map((w) => [w.week, w.planned, w.done, w.when])).toEqual([
      [1, 3, 2, "past"],
      [2, 3, 1, "current"],
      [3, 3, 0, "future"],
    ]);
    expect(summary.weeks[0]?.days.map((d) => d.status)).toEqual([
      "done",
      "rest",
      "done",
      "rest",
      "missed",
      "rest",
      "rest",
    ]);
    expect(summary.weeks[1]?.days[2]).toMatchObject({ status: "ended-early", endedEarly: 1, done: 0 });
    expect(summary.weeks[1]?.days[4]?.status).toBe("planned");
    expect(summary).toMatchObject({ currentWeek: 2, planned: 9, done: 3, plannedSoFar: 5, stepBackWeeks: [2] });
    expect(summary.weeks[0]?.pain).toEqual({ during: 3, after: 2 });
  });

  it("takes each week's highest reading, marks warning-sign days, and eases off on any verdict of modify or stricter", () => {
    const summary = summarizeProgress({
      programme,
      startDate: start,
      today: day(20),
      checkIns: [
        { date: day(1), readings: { during: 5, after: 3, nextMorning: 2 }, action: "modify" },
        { date: day(3), readings: { during: 2, nextMorning: 4 }, action: "continue" },
        { date: day(8), readings: { during: 2 }, warningSigns: ["night-pain"], action: "stop-and-contact" },
        { date: day(15), readings: { during: 1, after: 1, nextMorning: 0 }, action: "continue" },
      ],
    });
    expect(summary.weeks.map((w) => w.pain)).toEqual([
      { during: 5, after: 3, nextMorning: 4 },
      { during: 2 },
      { during: 1, after: 1, nextMorning: 0 },
    ]);
    expect(summary.weeks[1]?.warningSignDays).toEqual([day(8)]);
    expect(summary.warningSignWeeks).toEqual([2]);
    expect(summary.stepBackWeeks).toEqual([1, 2]);
    expect(summary.painDirection).toBe("settling");
  });

  it("never softens an action it does not know, and leaves out records it cannot place or read", () => {
    const summary = summarizeProgress({
      programme,
      startDate: start,
      today: day(3),
      checkIns: [
        { date: day(1), readings: { during: 2 }, action: "call-someone" as never },
        { date: "yesterday", readings: { during: 9 }, action: "continue" },
        { date: day(2), readings: { during: Number.NaN, after: 11 } },
      ],
    });
    expect(summary.weeks[0]).toMatchObject({ action: "emergency", stepBack: true, pain: { during: 2 } });
  });

  it("says the week's adherence and the pain direction in words, in English and Spanish", () => {
    const summary = summarizeProgress({
      programme,
      startDate: start,
      today: day(9),
      sessions: [{ date: day(7), log: finished() }],
      checkIns: [
        { date: day(1), readings: { during: 5 }, action: "modify" },
        { date: day(8), readings: { during: 2 }, warningSigns: ["x"], action: "stop-and-contact" },
      ],
    });
    expect(describeProgress(summary, createTranslator("en-GB", {}, [progressMessages]))).toBe(
      "1 of 3 sessions done this week; pain settling. A warning sign was ticked in 1 week. Tell your clinician about it if you have not already. The pain rule said to ease off in 2 weeks.",
    );
    expect(describeProgress(summary, createTranslator("es", es, [progressMessages]))).toMatch(
      /^1 de 3 sesiones hechas esta semana; el dolor va cediendo\./,
    );
  });

  it("for any records, never counts more done than the logs hold, and every week has seven days", () => {
    const record = fc.record({
      offset: fc.integer({ min: -10, max: 40 }),
      completed: fc.boolean(),
      ended: fc.boolean(),
      pain: fc.option(fc.oneof(fc.integer({ min: -3, max: 14 }), fc.double()), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), fc.integer({ min: -5, max: 30 }), (records, today) => {
        const sessions = records.map((r) => ({
          date: day(r.offset),
          log: finished({
            completed: r.completed,
            painDuring: r.pain,
            ended: r.ended ? { reason: "pain" as const, action: "stop-today" as const } : undefined,
          }),
        }));
        const summary = summarizeProgress({ programme, startDate: start, today: day(today), sessions });
        const inRange = records.filter((r) => r.offset >= 0 && r.offset < 21);
        expect(summary.done).toBe(inRange.filter((r) => r.completed && !r.ended).length);
        expect(summary.done).toBeLessThanOrEqual(sessions.length);
        for (const week of summary.weeks) {
          expect(week.days).toHaveLength(7);
          for (const value of Object.values(week.pain)) expect(value >= 0 && value <= 10).toBe(true);
          if (week.endedEarly > 0) expect(week.stepBack).toBe(true);
        }
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
