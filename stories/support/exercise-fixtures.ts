// Exercises for the component stories: real content from @movekit/content for the realistic stories, and the
// React package's small fixtures for edge states (long text, absolute contraindication, no media…). Posters come
// from @movekit/content/media through Vite, since Storybook does not serve the content's default media URLs.
import { exercises, pageUrl } from "@movekit/content";
import clamshellPoster from "@movekit/content/media/clamshell.poster.jpg";
import eccentricPoster from "@movekit/content/media/eccentric-leg-lowering.poster.jpg";
import frontPlankPoster from "@movekit/content/media/front-plank.poster.jpg";
import bridgePoster from "@movekit/content/media/glute-bridge.poster.jpg";
import type { Exercise } from "@movekit/core";
import * as fixtures from "@movekit/fixtures/exercises";

// The static build (relative base) turns an imported file into an absolute URL on the page's origin, and the kit
// refuses absolute plain-http URLs: over `python3 -m http.server` every poster vanished. pageUrl makes it a
// same-origin path, as the content's own media resolver does.
const bridgePosterUrl = pageUrl(bridgePoster, "glute-bridge.poster.jpg");
const POSTERS: Record<string, string> = {
  clamshell: pageUrl(clamshellPoster, "clamshell.poster.jpg"),
  "glute-bridge": bridgePosterUrl,
  "front-plank": pageUrl(frontPlankPoster, "front-plank.poster.jpg"),
  "eccentric-leg-lowering": pageUrl(eccentricPoster, "eccentric-leg-lowering.poster.jpg"),
};

/** Every library exercise, for ladder names and links. */
export const library: readonly Exercise[] = exercises;

/** A library exercise with its poster served by Storybook (exercises without a demo clip keep no poster). */
export function libraryExercise(id: string): Exercise {
  const exercise = exercises.find((candidate) => candidate.id === id);
  if (!exercise) throw new Error(`No exercise "${id}" in @movekit/content`);
  const poster = POSTERS[id];
  return exercise.media ? { ...exercise, media: { ...exercise.media, poster } } : exercise;
}

function withPoster(exercise: Exercise): Exercise {
  return exercise.media ? { ...exercise, media: { ...exercise.media, poster: bridgePosterUrl } } : exercise;
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
