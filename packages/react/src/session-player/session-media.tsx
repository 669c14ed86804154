import { type Exercise, isSafeUrl, type Locale, type Translator } from "@movekit/core";
import { Localized, localizedString } from "../internal/localized";

export interface SessionMediaProps {
  exercise: Exercise;
  locale: Locale | string;
  t: Translator;
}

/**
 * The default demonstration slot: the exercise's poster with its text alternative, or, without one, the written
 * start position. Hosts pass `renderMedia` to show ExerciseVideo or MovementDemo here.
 * @selector [data-slot="session-media-fallback"]
 */
export function SessionMedia({ exercise, locale, t }: SessionMediaProps) {
  const poster = exercise.media?.poster;
  if (poster && isSafeUrl(poster)) {
    return (
      <figure className="mk-session-player__figure" data-slot="session-poster">
        <img
          className="mk-session-player__poster"
          src={poster}
          alt={localizedString(exercise.media?.alt, locale)}
          loading="lazy"
        />
      </figure>
    );
  }
  return (
    <div className="mk-session-player__media-text" data-slot="session-media-fallback">
      <p className="mk-session-player__media-label">{t("session.startPosition")}</p>
      <Localized as="p" text={exercise.startPosition} locale={locale} t={t} />
    </div>
  );
}
