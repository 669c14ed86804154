import type { Exercise, Locale, MessageKey, Translator } from "@movekit/core";
import { type SessionLog, type SideTotals, totalsBySide } from "@movekit/core/session";
import type { Ref } from "react";
import type { HeadingLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { SessionScreen } from "./focus-heading";

export interface SessionSummaryProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  log: SessionLog;
  exercises: ReadonlyMap<string, Exercise>;
  locale: Locale | string;
  t: Translator;
}

function totalsText(totals: SideTotals, t: Translator): string {
  const parts = [t("session.summary.sets", { count: totals.sets })];
  if (totals.reps > 0) parts.push(t("session.summary.reps", { count: totals.reps }));
  if (totals.holds > 0) parts.push(t("session.summary.holds", { count: totals.holds }));
  return parts.join(", ");
}

/**
 * What was done, per exercise and side, once the session is finished.
 * @selector [data-slot="session-summary"]
 */
export function SessionSummary({ headingRef, headingLevel, log, exercises, locale, t }: SessionSummaryProps) {
  return (
    <SessionScreen
      className="mk-session-player__summary"
      slot="session-summary"
      heading={t("session.complete.heading")}
      headingLevel={headingLevel}
      headingRef={headingRef}
    >
      <ul className="mk-session-player__summary-list">
        {log.exercises.map((entry, index) => {
          const exercise = exercises.get(entry.exerciseId);
          const sides = Object.entries(totalsBySide(entry)) as [keyof ReturnType<typeof totalsBySide>, SideTotals][];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same exercise may appear twice in a session.
            <li key={index} data-status={entry.status}>
              <strong>{exercise ? <Localized text={exercise.name} locale={locale} t={t} /> : entry.exerciseId}</strong>
              {": "}
              {entry.status === "skipped"
                ? entry.skipReason === "pain" && entry.painScore !== undefined
                  ? t("session.complete.skippedPain", { score: entry.painScore })
                  : t("session.complete.skipped")
                : sides
                    .map(([side, totals]) =>
                      side === "both"
                        ? totalsText(totals, t)
                        : `${t(`session.side.${side}` as MessageKey)}: ${totalsText(totals, t)}`,
                    )
                    .join("; ")}
            </li>
          );
        })}
      </ul>
      {log.painAfter !== undefined && (
        <p className="mk-session-player__summary-pain">{t("session.complete.painAfter", { score: log.painAfter })}</p>
      )}
    </SessionScreen>
  );
}
