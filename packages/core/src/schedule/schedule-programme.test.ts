import { programmeFixture } from "@movekit/fixtures/exercise-inputs";
import { afterEach, describe, expect, it } from "vitest";
import { parseProgramme } from "../model/parse";
import type { Programme } from "../model/programme-schema";
import { generateWalkRunPlan } from "../running/generate-walk-run-plan";
import { addDays, addMonths, calendarDateIn, weekdayOf } from "./calendar-date";
import { scheduleProgramme, spreadSessions } from "./schedule-programme";

function programme(overrides: Parameters<typeof programmeFixture>[0] = {}): Programme {
  const result = parseProgramme(programmeFixture(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

// Fixture: "settle" 1 week × 3 sessions, then "build" 2 weeks × 3 sessions.
const dates = (p: Programme, start: string, options = {}) =>
  scheduleProgramme(p, start, { today: start, ...options }).sessions.map((s) => s.date);

describe("calendar dates", () => {
  it("adds days across month ends and leap days", () => {
    expect(addDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
  });

  it("clamps Jan 31 + 1 month to the end of February", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-08-31", 1)).toBe("2025-09-30");
    expect(addMonths("2025-11-30", 3)).toBe("2026-02-28");
  });

  it("names weekdays", () => {
    expect(weekdayOf("2025-01-31")).toBe("fri");
    expect(weekdayOf("1970-01-01")).toBe("thu");
    expect(weekdayOf("1969-12-29")).toBe("mon");
  });

  it("refuses impossible dates", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
  });

  it("spreads sessions through the week", () => {
    expect(spreadSessions(3)).toEqual([0, 2, 4]);
    expect(spreadSessions(2)).toEqual([0, 3]);
    expect(spreadSessions(7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe("scheduleProgramme", () => {
  it("dates sessions across the end of January", () => {
    const schedule = scheduleProgramme(programme(), "2025-01-31", { today: "2025-02-08" });
    expect(schedule.sessions.map((s) => s.date)).toEqual([
      "2025-01-31",
      "2025-02-02",
      "2025-02-04",
      "2025-02-07",
      "2025-02-09",
      "2025-02-11",
      "2025-02-14",
      "2025-02-16",
      "2025-02-18",
    ]);
    expect(schedule.phases.map((p) => [p.phase.id, p.startDate, p.endDate])).toEqual([
      ["settle", "2025-01-31", "2025-02-06"],
      ["build", "2025-02-07", "2025-02-20"],
    ]);
    expect(schedule.current).toMatchObject({ index: 1, weekInPhase: 1, week: 2 });
    expect(schedule.nextSession?.date).toBe("2025-02-09");
  });

  it("crosses a leap day", () => {
    expect(dates(programme(), "2024-02-27").slice(0, 4)).toEqual([
      "2024-02-27",
      "2024-02-29",
      "2024-03-02",
      "2024-03-05",
    ]);
  });

  it("reports not started and finished", () => {
    expect(scheduleProgramme(programme(), "2025-03-01", { today: "2025-02-28" })).toMatchObject({
      status: "not-started",
      current: undefined,
      nextSession: { date: "2025-03-01" },
    });
    const done = scheduleProgramme(programme(), "2025-03-01", { today: "2025-03-22" });
    expect(done).toMatchObject({ status: "finished", current: undefined, nextSession: undefined });
    expect(scheduleProgramme(programme(), "2025-03-01", { today: "2025-03-21" }).status).toBe("in-progress");
  });

  it("adds the running plan's runs on its weekdays and lengthens the phase to fit the plan", () => {
    const plan = generateWalkRunPlan({ weeks: 3, days: ["tue", "sat"] });
    const p = programme({ runningPlan: plan });
    p.phases[1] = { ...(p.phases[1] as Programme["phases"][number]), usesRunningPlan: true };
    const schedule = scheduleProgramme(p, "2025-06-02", { today: "2025-06-02" }); // a Monday
    const runs = schedule.sessions.filter((s) => s.kind === "run");
    expect(runs.map((r) => `${r.date} ${r.weekday}`)).toEqual([
      "2025-06-10 tue",
      "2025-06-14 sat",
      "2025-06-17 tue",
      "2025-06-21 sat",
      "2025-06-24 tue",
      "2025-06-28 sat",
    ]);
    expect(schedule.phases[1]?.weeks).toBe(3);
    expect(schedule.endDate).toBe("2025-06-29");
  });
});

describe("scheduleProgramme across daylight-saving changes", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it("gives the same dates whatever the runtime's time zone (Europe/London spring-forward week)", () => {
    // Clocks go forward in London on Sunday 2025-03-30.
    const baseline = dates(programme(), "2025-03-24");
    expect(baseline.slice(2, 5)).toEqual(["2025-03-28", "2025-03-31", "2025-04-02"]);
    for (const tz of ["Europe/London", "America/New_York", "Pacific/Auckland", "UTC"]) {
      process.env.TZ = tz;
      expect(dates(programme(), "2025-03-24"), tz).toEqual(baseline);
    }
  });

  it("reads today in the patient's zone at the London change", () => {
    const p = programme();
    // 22:30 UTC on 30 March is 23:30 BST (still the settle week); 23:30 UTC is 00:30 BST on the 31st.
    const before = scheduleProgramme(p, "2025-03-24", {
      today: new Date("2025-03-30T22:30:00Z"),
      timeZone: "Europe/London",
    });
    const after = scheduleProgramme(p, "2025-03-24", {
      today: new Date("2025-03-30T23:30:00Z"),
      timeZone: "Europe/London",
    });
    expect([before.today, before.current?.phase.id]).toEqual(["2025-03-30", "settle"]);
    expect([after.today, after.current?.phase.id]).toEqual(["2025-03-31", "build"]);
  });

  it("reads today in the patient's zone at the New York fall-back and spring-forward changes", () => {
    const p = programme();
    // Clocks go back in New York on Sunday 2025-11-02: 04:30 UTC on 3 Nov is still 23:30 on the 2nd (EST).
    const late = scheduleProgramme(p, "2025-10-27", {
      today: new Date("2025-11-03T04:30:00Z"),
      timeZone: "America/New_York",
    });
    expect([late.today, late.current?.phase.id]).toEqual(["2025-11-02", "settle"]);
    const next = scheduleProgramme(p, "2025-10-27", {
      today: new Date("2025-11-03T05:30:00Z"),
      timeZone: "America/New_York",
    });
    expect([next.today, next.current?.phase.id, next.nextSession?.date]).toEqual(["2025-11-03", "build", "2025-11-03"]);
    // Spring forward on 2025-03-09: the week still has seven calendar days.
    expect(dates(p, "2025-03-03").slice(2, 5)).toEqual(["2025-03-07", "2025-03-10", "2025-03-12"]);
    expect(calendarDateIn(new Date("2025-03-09T07:30:00Z"), "America/New_York")).toBe("2025-03-09");
  });
});
