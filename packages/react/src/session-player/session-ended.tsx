import type { Catalogue, Locale, MessageKey, RedFlag, Translator } from "@movekit/core";
import type { SessionLog } from "@movekit/core/session";
import type { Ref } from "react";
import type { EmergencyNumbers } from "../internal/emergency-number";
import type { HeadingLevel } from "../internal/heading";
import { SessionScreen } from "./focus-heading";
import { WarningSigns } from "./warning-signs";

export interface SessionEndedProps {
  headingRef: Ref<HTMLHeadingElement>;
  headingLevel: HeadingLevel;
  log: SessionLog;
  /** The programme's warning signs (and the exercise's), shown after a stop. */
  warningSigns: ReadonlyArray<RedFlag>;
  emergencyNumbers?: EmergencyNumbers;
  messages?: Partial<Catalogue>;
  locale: Locale | string;
  t: Translator;
}

/**
 * The end of a session stopped by the safety verdict: why it ended and what to do, in the verdict's words, and
 * the warning signs to act on. It has no control that starts another exercise.
 * @selector [data-slot="session-ended"][data-action]
 */
export function SessionEnded({
  headingRef,
  headingLevel,
  log,
  warningSigns,
  emergencyNumbers,
  messages,
  locale,
  t,
}: SessionEndedProps) {
  const ended = log.ended;
  const action = ended ? t(`painCheck.action.${ended.action}` as MessageKey) : "";
  return (
    <SessionScreen
      className="mk-session-player__ended"
      slot="session-ended"
      data-action={ended?.action}
      heading={t("session.ended.heading")}
      headingLevel={headingLevel}
      headingRef={headingRef}
    >
      <p data-slot="session-ended-reason">
        <strong>{t("session.ended.reason", { score: ended?.painScore ?? "?", action })}</strong>
      </p>
      <WarningSigns
        warningSigns={warningSigns}
        headingLevel={headingLevel}
        intro={<p>{t("session.ended.warningSigns")}</p>}
        emergencyNumbers={emergencyNumbers}
        messages={messages}
        locale={locale}
      />
    </SessionScreen>
  );
}
