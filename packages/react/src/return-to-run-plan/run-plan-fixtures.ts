import type { RunningPlan } from "@movekit/core";

/**
 * The tail of the walk/run plan the kit generated before issue 15: 10 × (run 110 s, walk 10 s), then 20 minutes
 * continuous the next week. Running time rose only 9%, so a weekly-total check passed it; the bout and walk-break
 * checks do not.
 */
export const oldJumpPlanFixture: RunningPlan = {
  id: "old-jump",
  title: { "en-GB": "The old plan's last two weeks", es: "Las dos últimas semanas del plan antiguo" },
  weeks: [
    { sessions: [{ day: "mon", warmUpWalkMinutes: 5, blocks: [{ runSeconds: 110, walkSeconds: 10, repeats: 10 }] }] },
    { sessions: [{ day: "mon", warmUpWalkMinutes: 5, blocks: [{ runSeconds: 1200, walkSeconds: 0, repeats: 1 }] }] },
  ],
};

/** Two runs on one Monday after a week of 10-minute runs: the second and the day's total are both long. */
export const sameDayPlanFixture: RunningPlan = {
  id: "same-day",
  title: { "en-GB": "Two runs on one day", es: "Dos carreras el mismo día" },
  weeks: [
    {
      sessions: (["mon", "wed", "fri"] as const).map((day) => ({
        day,
        blocks: [{ runSeconds: 300, walkSeconds: 60, repeats: 2 }],
      })),
    },
    {
      sessions: [
        { day: "mon", blocks: [{ runSeconds: 300, walkSeconds: 60, repeats: 2 }] },
        { day: "mon", blocks: [{ runSeconds: 300, walkSeconds: 60, repeats: 2 }] },
      ],
    },
  ],
};
