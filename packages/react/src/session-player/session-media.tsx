import type { Exercise, Locale, MovementDemoSpec, Translator } from "@movekit/core";
import { registerMessages, sessionMessages } from "@movekit/core";
import { ExerciseVideo } from "../exercise-video/exercise-video";
import type { HeadingLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { MovementDemo } from "../movement-demo/movement-demo";

registerMessages(sessionMessages);

export interface SessionMediaProps {
  exercise: Exercise;
  /** A keyframe demo for the exercise, used when it has no video. */
  demo: MovementDemoSpec | undefined;
  headingLevel: HeadingLevel;
  locale: Locale | string;
  t: Translator;
}

/**
 * The default demonstration: the exercise's video (captions on, no transcript, to keep the player compact), else
 * its movement demo, else the written start position.
 * @selector [data-slot="session-media-fallback"]
 */
export function SessionMedia({ exercise, demo, headingLevel, locale, t }: SessionMediaProps) {
  if (exercise.media) {
    return (
      <ExerciseVideo
        exercise={exercise}
        locale={locale}
        headingLevel={headingLevel}
        showChapters={false}
        showTranscript={false}
      />
    );
  }
  if (demo) return <MovementDemo demo={demo} locale={locale} />;
  return (
    <div className="mk-session-player__media-text" data-slot="session-media-fallback">
      <p className="mk-session-player__media-label">{t("session.startPosition")}</p>
      <Localized as="p" text={exercise.startPosition} locale={locale} t={t} />
    </div>
  );
}
