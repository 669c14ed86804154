import type { Exercise, Locale, Translator } from "@movekit/core";
import { Localized } from "../internal/localized";

/**
 * The exercise's written start position: the demonstration when there is no video or movement demo, and what
 * stands in for either if its code cannot load.
 * @selector [data-slot="session-media-fallback"]
 */
export function SessionStartPosition({
  exercise,
  locale,
  t,
}: {
  exercise: Exercise;
  locale: Locale | string;
  t: Translator;
}) {
  return (
    <div className="mk-session-player__media-text" data-slot="session-media-fallback">
      <p className="mk-session-player__media-label">{t("session.startPosition")}</p>
      <Localized as="p" text={exercise.startPosition} locale={locale} t={t} />
    </div>
  );
}
