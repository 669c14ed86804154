// The library's exercises with their demo media served from /movekit-media/ (the folder copied to public/). Vite
// does not process new URL(…, import.meta.url) in server code, so an SSR app rebases the media with the same
// resolver on the server and in the browser; otherwise the two render different URLs and hydration mismatches.
import * as content from "@movekit/content";

const media = content.mediaBaseResolver("/movekit-media/");

export const exercises = content.exercises.map((exercise) => content.withDemoMedia(exercise, media));
export const clamshell = content.withDemoMedia(content.clamshell, media);
export const frontPlank = content.withDemoMedia(content.frontPlank, media);
export const gluteBridge = content.withDemoMedia(content.gluteBridge, media);

/** Fixed dates (and zone) for the programme, so server and client render the same day; both pages use them. */
export const schedule = { startDate: "2026-03-02", today: "2026-03-18", timeZone: "Europe/London" } as const;
/** Links by exercise id, the same on both pages. */
export const href = (exercise: { id: string }) => `#${exercise.id}`;
