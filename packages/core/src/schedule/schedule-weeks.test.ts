import { programmeFixture } from "@movekit/fixtures/exercise-inputs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseProgramme } from "../model/parse";
import type { Programme } from "../model/programme-schema";
import { addDays, daysBetween, fromDayNumber, toDayNumber } from "./calendar-date";
import { scheduleProgramme } from "./schedule-programme";
import { currentPhaseIndex, currentWeekNumber, initialOpenParts, scheduleWeeks, weekState } from "./schedule-weeks";

/** A valid programme with 2–5 phases of 1–12 weeks and 1–14 sessions a week. */
const programmeShape = fc
  .array(fc.record({ minWeeks: fc.integer({ min: 1, max: 12 }), sessionsPerWeek: fc.integer({ min: 1, max: 14 }) }), {
    // A valid programme needs a progression, so at least two phases.
    minLength: 2,
    maxLength: 5,
  })
  .map((shapes): Programme => {
    const base = programmeFixture();
    const template = base.phases[0] as Programme["phases"][number];
    const phases = shapes.map((shape, i) => ({
      ...template,
      ...shape,
      id: `phase-${i + 1}`,
      entryCriteria: i === 0 ? [] : template.exitCriteria,
    }));
    const rule = { ...base.progressionRules[0], fromPhaseId: "phase-1", toPhaseId: phases.at(-1)?.id };
    const parsed = parseProgramme(programmeFixture({ phases, progressionRules: [rule as never] }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.value;
  });

// Start dates across leap years and century ends; today anywhere from before the start to after the end.
const startDate = fc.integer({ min: toDayNumber("1999-12-01"), max: toDayNumber("2101-03-01") }).map(fromDayNumber);
const scheduled = fc
  .tuple(programmeShape, startDate, fc.integer({ min: -20, max: 450 }))
  .map(([programme, start, offset]) => ({
    programme,
    schedule: scheduleProgramme(programme, start, { today: addDays(start, offset) }),
  }));

// Each property builds and schedules a few dozen programmes: a ceiling for a busy machine, not a timing assertion.
const CEILING = { timeout: 60_000 };

describe("scheduleWeeks", CEILING, () => {
  it("puts every day of the programme in exactly one week, in order, ceil(days / 7) weeks", () => {
    fc.assert(
      fc.property(scheduled, ({ schedule }) => {
        const weeks = scheduleWeeks(schedule);
        const days = daysBetween(schedule.startDate, schedule.endDate) + 1;
        expect(weeks).toHaveLength(Math.ceil(days / 7));
        expect(weeks.map((w) => w.week)).toEqual(weeks.map((_, i) => i + 1));
        for (const [i, week] of weeks.entries()) {
          expect(daysBetween(schedule.startDate, week.startDate)).toBe(i * 7);
          expect(daysBetween(week.startDate, week.endDate)).toBe(6);
          if (i > 0) expect(week.phaseIndex).toBeGreaterThanOrEqual((weeks[i - 1] as (typeof weeks)[0]).phaseIndex);
        }
        const misfiled: string[] = [];
        for (let d = 0; d < days; d++) {
          const day = addDays(schedule.startDate, d);
          if (weeks.filter((w) => w.startDate <= day && day <= w.endDate).length !== 1) misfiled.push(day);
        }
        expect(misfiled).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("files every session once, in the week its date falls in and that week's phase", () => {
    fc.assert(
      fc.property(scheduled, ({ schedule }) => {
        const weeks = scheduleWeeks(schedule);
        expect(weeks.flatMap((w) => w.sessions)).toEqual(schedule.sessions);
        const misfiled = weeks.flatMap((week) =>
          week.sessions.filter(
            (s) => s.date < week.startDate || s.date > week.endDate || s.phaseIndex !== week.phaseIndex,
          ),
        );
        expect(misfiled).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("names this week only while the programme runs, and the week holds today", () => {
    fc.assert(
      fc.property(scheduled, ({ schedule }) => {
        const weeks = scheduleWeeks(schedule);
        const current = currentWeekNumber(schedule);
        if (schedule.status !== "in-progress") {
          expect(current).toBe(0);
          expect(weeks.every((w) => weekState(w.week, current) !== "current")).toBe(true);
          return;
        }
        const week = weeks[current - 1];
        expect(week && week.startDate <= schedule.today && schedule.today <= week.endDate).toBe(true);
        expect(weeks.filter((w) => weekState(w.week, current) === "current")).toEqual([week]);
        expect(weeks.filter((w) => weekState(w.week, current) === "past")).toHaveLength(current - 1);
      }),
      { numRuns: 40 },
    );
  });
});

describe("currentPhaseIndex", () => {
  const phases = [{ id: "a" }, { id: "b" }, { id: "c" }];
  const schedule = (status: "not-started" | "in-progress" | "finished", index?: number) =>
    ({ status, current: index === undefined ? undefined : { index } }) as never;

  it("follows the clinician's choice, then the calendar, then the first phase", () => {
    expect(currentPhaseIndex(phases, schedule("in-progress", 0), "c")).toBe(2);
    expect(currentPhaseIndex(phases, schedule("in-progress", 1), "unknown")).toBe(1);
    expect(currentPhaseIndex(phases, schedule("not-started"))).toBe(-1);
    expect(currentPhaseIndex(phases, schedule("finished"))).toBe(3);
    expect(currentPhaseIndex(phases, undefined)).toBe(0);
  });
});

describe("initialOpenParts", CEILING, () => {
  it("opens this week inside an open phase, at most two phases, and nothing once finished", () => {
    fc.assert(
      fc.property(scheduled, fc.nat(), fc.boolean(), ({ programme, schedule }, pickIndex, pick) => {
        const phases = programme.phases;
        const picked = pick ? phases[pickIndex % phases.length]?.id : undefined;
        const weeks = scheduleWeeks(schedule);
        const finished = schedule.status === "finished";
        const currentWeek = currentWeekNumber(schedule);
        const open = initialOpenParts(
          phases,
          weeks,
          currentPhaseIndex(phases, schedule, picked),
          currentWeek,
          finished,
        );
        if (finished) {
          expect(open).toEqual({ phases: [], weeks: [] });
          return;
        }
        expect(open.phases.length).toBeGreaterThanOrEqual(1);
        expect(open.phases.length).toBeLessThanOrEqual(2);
        expect(open.weeks).toEqual([currentWeek || 1]);
        // The open week's phase is open, so the week is on screen.
        const week = weeks[(open.weeks[0] as number) - 1];
        expect(open.phases).toContain(phases[week?.phaseIndex ?? -1]?.id);
        if (picked) expect(open.phases).toContain(picked);
      }),
      { numRuns: 40 },
    );
  });

  it("opens the current or first phase and no week without dates", () => {
    const phases = [{ id: "settle" }, { id: "build" }, { id: "return-to-run" }];
    expect(initialOpenParts(phases, [], 0, 0, false)).toEqual({ phases: ["settle"], weeks: [] });
    expect(initialOpenParts(phases, [], 2, 0, false)).toEqual({ phases: ["return-to-run"], weeks: [] });
  });
});
