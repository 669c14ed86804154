import type { Exercise, Locale, Translator } from "@movekit/core";
import { Localized } from "../internal/localized";

export interface SessionMediaTextProps {
  exercise: Exercise;
  locale: Locale | string;
  t: Translator;
}

/**
 * The written start position: shown when the exercise has no video or demo, and while the demonstration's code
 * loads (it is in the server HTML too).
 * @selector [data-slot="session-media-fallback"]
 */
export function SessionMediaText({ exercise, locale, t }: SessionMediaTextProps) {
  return (
    <div className="mk-session-player__media-text" data-slot="session-media-fallback">
      <p className="mk-session-player__media-label">{t("session.startPosition")}</p>
      <Localized as="p" text={exercise.startPosition} locale={locale} t={t} />
    </div>
  );
}
