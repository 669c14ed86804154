import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { crossTrainingRedFlags } from "../red-flags";
import { seed000 } from "../sources";

export const cyclingRaisedSeat: Exercise = {
  id: "cycling-raised-seat",
  slug: "cycling-raised-seat",
  language: "en-GB",
  name: { "en-GB": "Cycling with a raised seat", es: "Bicicleta con el sillín elevado" },
  aliases: {
    "en-GB": ["Cross-training: cycling", "Exercise bike", "Static bike"],
    es: ["Entrenamiento cruzado: bicicleta", "Bicicleta estática", "Ciclismo suave"],
  },
  summary: {
    "en-GB":
      "Easy cycling with the seat set a little higher than usual, so the hip bends less at the top of each pedal stroke. It keeps up your fitness while the hip flexor settles.",
    es: "Pedaleo suave con el sillín algo más alto de lo habitual, para que la cadera se doble menos en la parte alta de cada pedalada. Mantiene tu forma física mientras se calma el flexor de cadera.",
  },
  category: "cardio",
  bodyRegions: ["whole-body", "thigh"],
  targetMuscles: [
    { id: "quadriceps", name: { "en-GB": "Quadriceps", es: "Cuádriceps" }, primary: true },
    { id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" } },
    { id: "heart-and-lungs", name: { "en-GB": "Heart and lungs", es: "Corazón y pulmones" }, primary: true },
  ],
  equipment: [
    {
      id: "exercise-bike",
      name: { "en-GB": "Exercise bike", es: "Bicicleta estática" },
      substitutions: [
        {
          id: "road-bike-trainer",
          name: { "en-GB": "Your own bike on an indoor trainer", es: "Tu bicicleta sobre un rodillo" },
        },
        {
          id: "road-bike-flat",
          name: {
            "en-GB": "Your own bike on flat, quiet roads",
            es: "Tu bicicleta por carreteras llanas y tranquilas",
          },
        },
      ],
    },
  ],
  position: "sitting",
  laterality: "bilateral",
  difficulty: "beginner",
  goals: ["cardio", "endurance"],
  startPosition: {
    "en-GB":
      "Set the seat so that, with your heel on the pedal at its lowest point, your leg is straight; then raise it by about one more notch. With the ball of your foot on the pedal, your knee should stay slightly bent at the bottom.",
    es: "Ajusta el sillín de modo que, con el talón sobre el pedal en su punto más bajo, la pierna quede estirada; después súbelo una muesca más. Con la parte delantera del pie sobre el pedal, la rodilla debe quedar ligeramente doblada abajo.",
  },
  steps: [
    {
      "en-GB": "Pedal easily for five minutes with light resistance to warm up.",
      es: "Pedalea suave durante cinco minutos con poca resistencia para calentar.",
    },
    {
      "en-GB": "Keep a steady, moderate effort at which you can still talk, with a smooth pedal stroke.",
      es: "Mantén un esfuerzo moderado y constante que te permita hablar, con una pedalada fluida.",
    },
    {
      "en-GB": "Ease off for the last few minutes to cool down.",
      es: "Baja la intensidad en los últimos minutos para enfriar.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Seat one notch higher than usual.", es: "Sillín una muesca más alto de lo habitual." },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Smooth circles with light resistance.",
        es: "Pedaladas redondas y fluidas con poca resistencia.",
      },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't let your hips rock on the seat: if they do, lower it slightly.",
        es: "No dejes que la cadera se balancee sobre el sillín: si lo hace, bájalo un poco.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: {
        "en-GB": "Breathe steadily; you should be able to talk.",
        es: "Respira de forma regular; deberías poder hablar.",
      },
    },
    {
      role: "safety",
      kind: "dont",
      text: {
        "en-GB": "Don't stand up on the pedals or ride hard hills yet.",
        es: "No pedalees de pie ni subas cuestas duras todavía.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Setting the seat so high that the hips rock or the knee locks straight.",
      es: "Poner el sillín tan alto que la cadera se balancea o la rodilla se bloquea estirada.",
    },
    {
      "en-GB": "Using heavy resistance, which makes the hip flexors pull harder on the upstroke.",
      es: "Usar mucha resistencia, lo que obliga a los flexores de cadera a tirar más al subir el pedal.",
    },
    {
      "en-GB": "Leaning far forward on low handlebars, which closes the hip angle.",
      es: "Inclinarse mucho hacia delante sobre un manillar bajo, lo que cierra el ángulo de la cadera.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB": "Your breathing and heart rate up a little and your thighs working, with no pain at the front of the hip.",
    es: "La respiración y el pulso algo más altos y los muslos trabajando, sin dolor delante de la cadera.",
  },
  contraindications: [
    {
      id: "front-hip-pain-on-bike",
      severity: "relative",
      text: {
        "en-GB": "Pain at the front of the hip at the top of the pedal stroke.",
        es: "Dolor delante de la cadera en la parte alta de la pedalada.",
      },
      modification: {
        "en-GB": "Raise the handlebars, lower the resistance and shorten the session; if it still hurts, swim instead.",
        es: "Sube el manillar, baja la resistencia y acorta la sesión; si sigue doliendo, nada en su lugar.",
      },
    },
    {
      id: "knee-pain-high-seat",
      severity: "relative",
      text: {
        "en-GB": "Knee pain, or pain behind the knee, with the seat raised.",
        es: "Dolor de rodilla, o detrás de la rodilla, con el sillín elevado.",
      },
      modification: {
        "en-GB": "Lower the seat a little until the knee stays slightly bent at the bottom of the stroke.",
        es: "Baja un poco el sillín hasta que la rodilla quede ligeramente doblada en el punto más bajo de la pedalada.",
      },
    },
  ],
  redFlags: [...crossTrainingRedFlags],
  regressions: [],
  progressions: [],
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "While running is paused, cross-training keeps up fitness without loading the psoas; cycling with a raised seat limits how far the hip bends and is usually well tolerated.",
      es: "Mientras no corres, el entrenamiento cruzado mantiene la forma física sin cargar el psoas; la bicicleta con el sillín elevado limita cuánto se dobla la cadera y suele tolerarse bien.",
    }),
    ...warningSignEvidence(crossTrainingRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    durationSeconds: 1200,
    intensity: { painCeiling: 2, rpeCeiling: 5 },
    frequency: { daysPerWeek: 3 },
  },
};
