// Caption cues used only while an exercise file has no timed cues of its own (the render script warns when it
// falls back). Times follow /work's suggested timelines; the exercise content stays the source of truth.
import type { LocalizedText } from "@movekit/core";

export interface ClipCue {
  id?: string;
  text: Partial<LocalizedText>;
  time?: { start: number; end: number };
}

export const fallbackCues: Record<string, ClipCue[]> = {
  clamshell: [
    {
      text: {
        "en-GB": "Lie on your side, hips and knees bent, feet together",
        es: "Túmbate de lado con caderas y rodillas flexionadas y los pies juntos",
      },
      time: { start: 0, end: 2.5 },
    },
    {
      text: {
        "en-GB": "Keep your feet together and lift the top knee",
        es: "Mantén los pies juntos y levanta la rodilla de arriba",
      },
      time: { start: 2.5, end: 5 },
    },
    {
      text: { "en-GB": "Pause at the top; keep your hips still", es: "Pausa arriba; mantén la cadera quieta" },
      time: { start: 5, end: 6.5 },
    },
    { text: { "en-GB": "Lower the knee slowly", es: "Baja la rodilla despacio" }, time: { start: 6.5, end: 10 } },
  ],
  "glute-bridge": [
    {
      text: {
        "en-GB": "Lie on your back, knees bent, feet flat",
        es: "Túmbate boca arriba con las rodillas flexionadas y los pies apoyados",
      },
      time: { start: 0, end: 2 },
    },
    {
      text: { "en-GB": "Squeeze your buttocks and lift your hips", es: "Aprieta los glúteos y eleva la cadera" },
      time: { start: 2, end: 4.5 },
    },
    {
      text: { "en-GB": "Hold; do not arch your lower back", es: "Mantén; no arquees la zona lumbar" },
      time: { start: 4.5, end: 6.5 },
    },
    { text: { "en-GB": "Lower slowly", es: "Baja despacio" }, time: { start: 6.5, end: 10 } },
  ],
  "front-plank": [
    {
      text: {
        "en-GB": "Forearms on the floor, elbows under your shoulders, knees down",
        es: "Antebrazos en el suelo, codos bajo los hombros, rodillas apoyadas",
      },
      time: { start: 0, end: 3 },
    },
    {
      text: {
        "en-GB": "Lift your knees: one straight line from head to heels",
        es: "Levanta las rodillas: una línea recta de la cabeza a los talones",
      },
      time: { start: 3, end: 5 },
    },
    {
      text: {
        "en-GB": "Hold and keep breathing; do not let your hips sag",
        es: "Mantén y sigue respirando; no dejes caer la cadera",
      },
      time: { start: 5, end: 10 },
    },
    {
      text: { "en-GB": "Lower your knees to the floor", es: "Baja las rodillas al suelo" },
      time: { start: 10, end: 12 },
    },
  ],
  "eccentric-leg-lowering": [
    {
      text: {
        "en-GB": "Lie on your back, one knee bent, the other leg straight up",
        es: "Túmbate boca arriba, una rodilla flexionada y la otra pierna estirada hacia arriba",
      },
      time: { start: 0, end: 2.5 },
    },
    {
      text: {
        "en-GB": "Lower the straight leg slowly, keeping your back flat",
        es: "Baja la pierna estirada despacio, con la espalda apoyada",
      },
      time: { start: 2.5, end: 7.5 },
    },
    {
      text: {
        "en-GB": "Bend the knee and bring the leg back up",
        es: "Flexiona la rodilla y vuelve a subir la pierna",
      },
      time: { start: 7.5, end: 12 },
    },
  ],
};
