import type { Exercise, Locale, MovementDemoSpec, Translator } from "@movekit/core";
import { ExerciseVideo } from "../exercise-video/exercise-video";
import type { HeadingLevel } from "../internal/heading";
import { MovementDemo } from "../movement-demo/movement-demo";
import { SessionStartPosition } from "./session-start-position";

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
  return <SessionStartPosition exercise={exercise} locale={locale} t={t} />;
}
