import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { crossTrainingRedFlags } from "../red-flags";
import { seed000 } from "../sources";

export const swimming: Exercise = {
  id: "swimming",
  slug: "swimming",
  language: "en-GB",
  name: { "en-GB": "Swimming", es: "Natación" },
  aliases: {
    "en-GB": ["Cross-training: swimming", "Pool swim", "Easy lengths"],
    es: ["Entrenamiento cruzado: natación", "Nadar", "Largos suaves"],
  },
  summary: {
    "en-GB":
      "Easy, steady swimming to keep up your fitness while you are not running, with a gentle kick. Swim rather than aqua-jog: running in deep water works the hip flexors hard.",
    es: "Natación suave y continua para mantener la forma física mientras no corres, con una patada suave. Nada en lugar de hacer aquarunning: correr en aguas profundas hace trabajar mucho a los flexores de cadera.",
  },
  category: "cardio",
  bodyRegions: ["whole-body", "shoulder", "core"],
  targetMuscles: [
    { id: "heart-and-lungs", name: { "en-GB": "Heart and lungs", es: "Corazón y pulmones" }, primary: true },
    { id: "latissimus-dorsi", name: { "en-GB": "Latissimus dorsi", es: "Dorsal ancho" } },
    { id: "deep-abdominals", name: { "en-GB": "Deep abdominal muscles", es: "Abdominales profundos" } },
  ],
  equipment: [
    {
      id: "swimming-pool",
      name: { "en-GB": "Swimming pool", es: "Piscina" },
      substitutions: [],
    },
    {
      id: "pull-buoy",
      name: { "en-GB": "Pull buoy", es: "Pull buoy (flotador para las piernas)" },
      optional: true,
      substitutions: [
        {
          id: "kick-float",
          name: { "en-GB": "A float held between the thighs", es: "Una tabla sujeta entre los muslos" },
        },
      ],
    },
  ],
  position: "moving",
  laterality: "bilateral",
  difficulty: "beginner",
  goals: ["cardio", "endurance"],
  startPosition: {
    "en-GB": "Start in the shallow end, in a lane that suits your pace.",
    es: "Empieza en la parte poco profunda, en una calle que vaya con tu ritmo.",
  },
  steps: [
    {
      "en-GB": "Swim two easy lengths to warm up.",
      es: "Nada dos largos suaves para calentar.",
    },
    {
      "en-GB": "Swim front crawl or backstroke at a steady, comfortable pace, with a small, relaxed kick.",
      es: "Nada a crol o a espalda a un ritmo constante y cómodo, con una patada pequeña y relajada.",
    },
    {
      "en-GB": "Rest at the wall whenever you need to; aim for the total time rather than distance.",
      es: "Descansa en la pared siempre que lo necesites; piensa en el tiempo total más que en la distancia.",
    },
    {
      "en-GB": "If kicking stirs up the hip, put a pull buoy between your thighs and swim with your arms.",
      es: "Si la patada te molesta en la cadera, ponte un pull buoy entre los muslos y nada solo con los brazos.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Pick a lane that matches your pace.", es: "Elige una calle acorde con tu ritmo." },
    },
    {
      role: "movement",
      kind: "do",
      text: {
        "en-GB": "Keep the kick small and gentle, or rest the legs on a pull buoy, as far as the hip allows.",
        es: "Patada pequeña y suave, o apoya las piernas en un pull buoy, según lo que tolere la cadera.",
      },
    },
    {
      role: "form",
      kind: "dont",
      text: {
        "en-GB": "Don't use a breaststroke kick if it hurts the groin.",
        es: "No hagas la patada de braza si te duele la ingle.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Breathe out steadily under water.", es: "Suelta el aire de forma continua bajo el agua." },
    },
    {
      role: "safety",
      kind: "dont",
      text: {
        "en-GB": "Don't swap to aqua-jogging: it works the hip flexors hard.",
        es: "No cambies al aquarunning: hace trabajar mucho a los flexores de cadera.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Choosing deep-water running (aqua-jogging) as the pool session.",
      es: "Elegir correr en aguas profundas (aquarunning) como sesión en la piscina.",
    },
    {
      "en-GB": "Kicking hard to keep up with faster swimmers.",
      es: "Dar patadas fuertes para seguir el ritmo de nadadores más rápidos.",
    },
    {
      "en-GB": "Pushing off the wall hard with a deep tuck on every length.",
      es: "Impulsarse con fuerza en la pared encogiendo mucho las piernas en cada largo.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB": "Comfortably out of breath and working through your arms and trunk, with no pain at the front of the hip.",
    es: "Con la respiración algo acelerada pero cómoda, y trabajando con los brazos y el tronco, sin dolor delante de la cadera.",
  },
  contraindications: [
    {
      id: "kick-provokes-pain",
      severity: "relative",
      text: {
        "en-GB": "Hip or groin pain when you kick.",
        es: "Dolor de cadera o de ingle al dar patadas.",
      },
      modification: {
        "en-GB": "Use a pull buoy between your thighs and swim with your arms only.",
        es: "Ponte un pull buoy entre los muslos y nada solo con los brazos.",
      },
    },
    {
      id: "not-confident-swimmer",
      severity: "relative",
      text: { "en-GB": "You are not a confident swimmer.", es: "No tienes soltura nadando." },
      modification: {
        "en-GB":
          "Stay in the shallow end, swim only where a lifeguard is on duty, or choose the exercise bike instead.",
        es: "Quédate en la parte poco profunda, nada solo donde haya socorrista o elige en su lugar la bicicleta estática.",
      },
    },
  ],
  redFlags: [...crossTrainingRedFlags],
  regressions: [],
  progressions: [],
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Swimming is often well tolerated as cross-training while running is paused, keeping up fitness without loading the psoas.",
      es: "La natación suele tolerarse bien como entrenamiento cruzado mientras no corres, y mantiene la forma física sin cargar el psoas.",
    }),
    citeSource("advice", seed000, {
      "en-GB": "Avoid activities that work the hip flexors strongly, such as aqua-jogging, while the psoas settles.",
      es: "Evita actividades que hagan trabajar mucho a los flexores de cadera, como el aquarunning, mientras se calma el psoas.",
    }),
    ...warningSignEvidence(crossTrainingRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    durationSeconds: 1200,
    intensity: { painCeiling: 2, rpeCeiling: 5 },
    frequency: { daysPerWeek: 2 },
  },
};
