import type { Locale, RunningPlan, RunSession, Translator } from "@movekit/core";
import {
  formatPercent,
  formatRunMinutes,
  formatRunTime,
  formatWeekday,
  type RunningPlanFlag,
} from "@movekit/core/running";

/** One session in words: "walk 5 min to warm up, then 10 × (run 1 min, walk 1 min), then …". */
export function sessionText(session: RunSession, t: Translator, locale: Locale | string): string {
  const time = (s: number) => formatRunTime(locale, s);
  const parts: string[] = [];
  if (session.warmUpWalkMinutes) parts.push(t("runPlan.warmUp", { time: time(session.warmUpWalkMinutes * 60) }));
  for (const block of session.blocks) {
    parts.push(
      block.walkSeconds === 0
        ? block.repeats === 1
          ? t("runPlan.continuous", { run: time(block.runSeconds) })
          : t("runPlan.repeatRun", { repeats: block.repeats, run: time(block.runSeconds) })
        : t("runPlan.block", { repeats: block.repeats, run: time(block.runSeconds), walk: time(block.walkSeconds) }),
    );
  }
  if (session.coolDownWalkMinutes) parts.push(t("runPlan.coolDown", { time: time(session.coolDownWalkMinutes * 60) }));
  return parts.join(t("runPlan.then"));
}

/** One check's finding in words, with Frandsen's size band for a long run. */
export function flagText(
  flag: RunningPlanFlag,
  plan: RunningPlan,
  t: Translator,
  locale: Locale | string,
  limit: number,
): string {
  const week = flag.weekIndex + 1;
  const rise = Number.isFinite(flag.rise) ? formatPercent(locale, flag.rise) : "";
  const session = flag.sessionIndex === undefined ? undefined : plan.weeks[flag.weekIndex]?.sessions[flag.sessionIndex];
  const day = session ? formatWeekday(locale, session.day) : "";
  const value = formatRunTime(locale, flag.value);
  const reference = formatRunTime(locale, flag.reference);
  const band = flag.spikeBand ? ` ${t(`runPlan.band.${flag.spikeBand}`)}` : "";
  switch (flag.code) {
    case "weekly-rise":
      return flag.reference === 0
        ? t("runPlan.flag.weeklyFromNone", { week, value: formatRunMinutes(locale, flag.value) })
        : t("runPlan.flag.weekly", {
            week,
            value: formatRunMinutes(locale, flag.value),
            rise,
            reference: formatRunMinutes(locale, flag.reference),
            limit: formatPercent(locale, limit),
          });
    case "run-spike":
      return t("runPlan.flag.spike", { week, day, value, rise, reference }) + band;
    case "same-day-total":
      return t("runPlan.flag.sameDay", { week, day, value, rise, reference }) + band;
    case "bout-doubling":
      return t("runPlan.flag.bout", { week, value, reference });
    case "short-walk-break":
      return t("runPlan.flag.walkBreak", { week, day, value, reference });
  }
}
