import type { Exercise, Library } from "@movekit/core";
import { createDemoMedia, DEMO_CLIP_IDS, type DemoClipId, type MediaResolver } from "./media";

const isDemoClip = (id: string): id is DemoClipId => (DEMO_CLIP_IDS as readonly string[]).includes(id);

/**
 * The exercise with its demo clip's URLs from `resolveFile`: for a CDN, or for a server render whose code no
 * bundler processed (then pass the same resolver on the server and in the browser, so hydration matches).
 * Exercises without a shipped clip come back unchanged.
 */
export function withDemoMedia<T extends Exercise>(exercise: T, resolveFile: MediaResolver): T {
  if (!exercise.media || !isDemoClip(exercise.id)) return exercise;
  return { ...exercise, media: createDemoMedia(exercise.id, resolveFile) };
}

/** The library with every shipped clip's URLs from `resolveFile` (see {@link withDemoMedia}). */
export function libraryWithDemoMedia(library: Library, resolveFile: MediaResolver): Library {
  return { ...library, exercises: library.exercises.map((exercise) => withDemoMedia(exercise, resolveFile)) };
}
