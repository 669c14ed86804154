/// <reference types="vite/client" />
// Test and story support: the real demo clips of @movekit/content, served by Vite (dev and build alike).

import { createDemoMedia, type DemoClipId } from "@movekit/content";
import type { Media } from "@movekit/core";
import type { ExerciseVideoContent } from "../use-exercise-video";

const urls = import.meta.glob<string>("../../../../content/media/*.{mp4,webm,jpg,vtt}", {
  query: "?url",
  import: "default",
  eager: true,
});

/** The clip's media with URLs Vite serves. */
export function demoMediaFor(id: DemoClipId): Media {
  return createDemoMedia(id, (name) => {
    const url = urls[`../../../../content/media/${name}`];
    if (!url) throw new Error(`No media file ${name}: run pnpm --filter @movekit/content media`);
    return url;
  });
}

/** A clamshell exercise with cue times matching the rendered clip (0–2.5, 2.5–5, 5–6.5, 6.5–10 s). */
export function clamshellFixture(media: Media = demoMediaFor("clamshell")): ExerciseVideoContent & {
  cues: Array<{
    id: string;
    role: "setup" | "movement" | "form";
    kind?: "do" | "dont";
    text: { "en-GB": string; es: string };
    time: { start: number; end: number };
  }>;
} {
  return {
    name: { "en-GB": "Clamshell", es: "Almeja" },
    media,
    steps: [
      {
        "en-GB": "Lie on your side with your hips and knees bent and your feet together.",
        es: "Túmbate de lado con caderas y rodillas flexionadas y los pies juntos.",
      },
      {
        "en-GB": "Keeping your feet together, lift your top knee.",
        es: "Sin separar los pies, levanta la rodilla de arriba.",
      },
      { "en-GB": "Lower the knee slowly.", es: "Baja la rodilla despacio." },
    ],
    cues: [
      {
        id: "setup",
        role: "setup",
        text: {
          "en-GB": "Lie on your side, hips and knees bent, feet together",
          es: "Túmbate de lado con caderas y rodillas flexionadas y los pies juntos",
        },
        time: { start: 0, end: 2.5 },
      },
      {
        id: "lift",
        role: "movement",
        kind: "do",
        text: {
          "en-GB": "Keep your feet together and lift the top knee",
          es: "Mantén los pies juntos y levanta la rodilla de arriba",
        },
        time: { start: 2.5, end: 5 },
      },
      {
        id: "pause",
        role: "form",
        kind: "dont",
        text: { "en-GB": "Pause at the top; keep your hips still", es: "Pausa arriba; mantén la cadera quieta" },
        time: { start: 5, end: 6.5 },
      },
      {
        id: "lower",
        role: "movement",
        kind: "do",
        text: { "en-GB": "Lower the knee slowly", es: "Baja la rodilla despacio" },
        time: { start: 6.5, end: 10 },
      },
    ],
  };
}
