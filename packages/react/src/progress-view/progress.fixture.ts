import { hipFlexorReturnToRun } from "@movekit/content";
import { addDays, type DatedCheckIn, type DatedSessionLog, type SessionLog, scheduleProgramme } from "@movekit/core";

/** The shipped programme, for tests and stories: 3 sessions a week, runs from week 5. */
export const progressProgramme = hipFlexorReturnToRun;
export const progressStart = "2026-01-05";

const log = (extra: Partial<SessionLog> = {}): SessionLog => ({
  exercises: [],
  completed: true,
  activeSeconds: 900,
  ...extra,
});

/**
 * Records for `weeks` weeks of the programme: every planned exercise session done except the second of week 2, pain
 * settling from 4 to 1, and a flare in week 5 (pain 6, a warning sign ticked, the session ended on the verdict)
 * followed by easing off in week 6.
 */
export function progressRecords(weeks: number): {
  today: string;
  sessions: DatedSessionLog[];
  checkIns: DatedCheckIn[];
} {
  const today = addDays(progressStart, weeks * 7 - 3);
  const schedule = scheduleProgramme(progressProgramme, progressStart, { today });
  const sessions: DatedSessionLog[] = [];
  const checkIns: DatedCheckIn[] = [];
  for (const slot of schedule.sessions) {
    if (slot.kind !== "exercises" || slot.date > today) continue;
    if (slot.week === 2 && slot.weekday === "wed") continue; // missed
    const flare = slot.week === 5 && slot.date === schedule.sessions.find((s) => s.week === 5)?.date;
    const pain = flare ? 6 : slot.week === 6 ? 3 : Math.max(1, 4 - Math.floor(slot.week / 2));
    sessions.push(
      flare
        ? {
            date: slot.date,
            log: log({
              completed: false,
              ended: { reason: "pain", action: "stop-and-contact", painScore: 6, warningSigns: ["night-pain"] },
            }),
          }
        : { date: slot.date, log: log({ painDuring: pain, painAfter: Math.max(0, pain - 1) }) },
    );
    checkIns.push({
      date: addDays(slot.date, 1),
      readings: { during: pain, after: Math.max(0, pain - 1), nextMorning: flare ? 5 : Math.max(0, pain - 2) },
      warningSigns: flare ? ["night-pain"] : [],
      action: flare ? "stop-and-contact" : slot.week === 6 ? "modify" : "continue",
    });
  }
  return { today, sessions, checkIns };
}
