// Exercises for the component stories: the React package's test fixtures, with a real poster from
// @movekit/content's media so cards and pages look as they will in an app.

import bridgePoster from "@movekit/content/media/glute-bridge.poster.jpg";
import type { Exercise } from "@movekit/core";
import * as fixtures from "../../packages/react/src/internal/test-fixtures";

function withPoster(exercise: Exercise): Exercise {
  return exercise.media ? { ...exercise, media: { ...exercise.media, poster: bridgePoster } } : exercise;
}

export const gluteBridge = withPoster(fixtures.gluteBridge);
export const withAbsoluteContraindication = withPoster(fixtures.withAbsoluteContraindication);
export const withNoContraindications = withPoster(fixtures.withNoContraindications);
export const withoutMedia = fixtures.withoutMedia;
export const withoutProgressions = withPoster(fixtures.withoutProgressions);
export const englishOnly = withPoster(fixtures.englishOnly);
export const longText = withPoster(fixtures.longText);
export const manyCues = withPoster(fixtures.manyCues);
export const ladderExercises = fixtures.ladderExercises;
export const emergencyRedFlag = fixtures.emergencyRedFlag;

/** Story decorator wrapper for right-to-left layouts. */
export const rtl = { globals: { dir: "rtl" } } as const;
