import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { cardioRedFlags } from "../red-flags";
import { stressFracture } from "../shared-contraindications";
import { buist2008, frandsen2025, seed000 } from "../sources";

export const walkRunIntervals: Exercise = {
  id: "walk-run-intervals",
  slug: "walk-run-intervals",
  language: "en-GB",
  name: { "en-GB": "Walk/run intervals", es: "Intervalos de caminar y correr" },
  aliases: {
    "en-GB": ["Run/walk", "Return-to-run intervals", "Walk-jog intervals"],
    es: ["Correr y caminar", "Intervalos de vuelta a correr", "Caminar y trotar"],
  },
  summary: {
    "en-GB":
      "Short spells of easy running separated by walking, starting at one minute of each. Over the weeks the running spells grow and the walks shrink, while sessions stay short.",
    es: "Tramos cortos de carrera suave separados por tramos caminando, empezando con un minuto de cada. Con las semanas los tramos de carrera se alargan y los de caminar se acortan, mientras las sesiones siguen siendo cortas.",
  },
  category: "cardio",
  bodyRegions: ["whole-body", "hip"],
  targetMuscles: [
    { id: "iliopsoas", name: { "en-GB": "Iliopsoas (psoas and iliacus)", es: "Psoas ilíaco (psoas e ilíaco)" } },
    { id: "gluteus-maximus", name: { "en-GB": "Gluteus maximus", es: "Glúteo mayor" } },
    { id: "calves", name: { "en-GB": "Calf muscles", es: "Gemelos y sóleo" } },
  ],
  equipment: [
    {
      id: "running-shoes",
      name: { "en-GB": "Running shoes", es: "Zapatillas de correr" },
      substitutions: [],
    },
    {
      id: "interval-timer",
      name: {
        "en-GB": "A watch or phone with an interval timer",
        es: "Un reloj o un móvil con temporizador de intervalos",
      },
      optional: true,
      substitutions: [
        { id: "treadmill", name: { "en-GB": "A treadmill display", es: "La pantalla de una cinta de correr" } },
      ],
    },
  ],
  position: "moving",
  laterality: "bilateral",
  difficulty: "intermediate",
  goals: ["endurance", "cardio"],
  startPosition: {
    "en-GB":
      "Start after your dynamic hip warm-up, on a flat route or a treadmill with no incline, with a timer ready.",
    es: "Empieza después del calentamiento dinámico de cadera, en un recorrido llano o en una cinta sin inclinación, con el temporizador preparado.",
  },
  steps: [
    {
      "en-GB": "Walk briskly for five minutes.",
      es: "Camina a paso ligero durante cinco minutos.",
    },
    {
      "en-GB":
        "Run at an easy pace, one at which you could still hold a conversation, for the running time in this week's plan.",
      es: "Corre a un ritmo suave, que te permita mantener una conversación, durante el tiempo de carrera que marca el plan de esta semana.",
    },
    {
      "en-GB": "Walk for the walking time in the plan, then repeat the run and walk for the number of rounds shown.",
      es: "Camina durante el tiempo de caminar que marca el plan y repite carrera y caminata tantas veces como indique.",
    },
    {
      "en-GB": "Walk for five minutes to cool down. Note your pain during, straight after, and the next morning.",
      es: "Camina cinco minutos para enfriar. Apunta tu dolor durante la sesión, justo al terminar y a la mañana siguiente.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Choose a flat route.", es: "Elige un recorrido llano." },
    },
    {
      role: "movement",
      kind: "do",
      text: { "en-GB": "Run easily: you should be able to talk.", es: "Corre suave: deberías poder hablar." },
    },
    {
      role: "form",
      kind: "dont",
      text: { "en-GB": "Don't add hills or speed work yet.", es: "No añadas todavía cuestas ni series rápidas." },
    },
    {
      role: "form",
      kind: "do",
      text: { "en-GB": "Take short, light steps.", es: "Da pasos cortos y ligeros." },
    },
    {
      role: "breathing",
      kind: "do",
      text: { "en-GB": "Keep your breathing relaxed and steady.", es: "Mantén una respiración relajada y regular." },
    },
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Stop and walk home if pain is sharp, builds as you go, or changes how you run.",
        es: "Para y vuelve caminando si el dolor es agudo, va a más o cambia tu forma de correr.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Running the intervals too fast because they feel short.",
      es: "Correr los intervalos demasiado rápido porque parecen cortos.",
    },
    {
      "en-GB": "Skipping ahead in the plan on a good day.",
      es: "Saltarse semanas del plan porque un día te encuentras bien.",
    },
    {
      "en-GB": "Making one run much longer than any in the past month.",
      es: "Hacer una salida mucho más larga que cualquiera del último mes.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "Comfortably working, able to talk. Mild hip discomfort below 3 out of 10 that does not build during the run and is gone by the next morning is acceptable.",
    es: "Un esfuerzo cómodo que te permite hablar. Una molestia leve en la cadera, por debajo de 3 sobre 10, que no aumenta durante la carrera y desaparece a la mañana siguiente, es aceptable.",
  },
  contraindications: [
    stressFracture,
    {
      id: "pain-when-walking",
      severity: "absolute",
      text: {
        "en-GB":
          "Hip or groin pain when you walk, or a limp. Walking must be pain-free before you start running again.",
        es: "Dolor de cadera o de ingle al caminar, o cojera. Caminar debe ser indoloro antes de volver a correr.",
      },
    },
    {
      id: "unassessed-moderate-pain",
      severity: "absolute",
      text: {
        "en-GB":
          "Moderate or severe hip or groin pain, or pain that has lasted more than a few days, that a clinician has not yet assessed.",
        es: "Dolor de cadera o de ingle moderado o intenso, o que dura más de unos días, que todavía no ha valorado un profesional sanitario.",
      },
    },
    {
      id: "hills-and-speed",
      severity: "relative",
      text: {
        "en-GB": "Hills, fast running or long runs in the first weeks back.",
        es: "Cuestas, ritmos rápidos o salidas largas en las primeras semanas de vuelta.",
      },
      modification: {
        "en-GB": "Keep to flat ground at an easy pace, and follow the plan's session lengths.",
        es: "Corre en llano a ritmo suave y respeta la duración de las sesiones que marca el plan.",
      },
    },
  ],
  redFlags: [...cardioRedFlags],
  regressions: [],
  progressions: [],
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Once walking is pain-free, return with walk/run intervals: start with one minute running and one minute walking, and lengthen the running while keeping sessions short.",
      es: "Cuando caminar ya no duela, vuelve con intervalos de caminar y correr: empieza con un minuto corriendo y un minuto caminando, y alarga la carrera manteniendo cortas las sesiones.",
    }),
    citeSource("advice", seed000, {
      "en-GB":
        "With mild soreness that stays below 3 out of 10 and clears within 24 hours, cut your distance right down and avoid hills and speed work.",
      es: "Si tienes una molestia leve, por debajo de 3 sobre 10, que desaparece en 24 horas, reduce mucho la distancia y evita las cuestas y las series rápidas.",
    }),
    citeSource("advice", seed000, {
      "en-GB": "The source advises raising weekly running by no more than 10% so the tendon and muscle can adapt.",
      es: "La fuente aconseja no aumentar el volumen semanal de carrera más de un 10 % para que el tendón y el músculo se adapten.",
    }),
    citeSource("evidence", buist2008, {
      "en-GB":
        "In a trial of 532 novice runners, a 13-week programme built on the 10% rule had the same injury rate as a standard 8-week programme (20.8% and 20.3%). The 10% rule is a sensible pace of progress, not proven protection.",
      es: "En un ensayo con 532 corredores principiantes, un programa de 13 semanas basado en la regla del 10 % tuvo la misma tasa de lesiones que uno estándar de 8 semanas (20,8 % y 20,3 %). La regla del 10 % es un ritmo de progreso razonable, no una protección demostrada.",
    }),
    citeSource("evidence", frandsen2025, {
      "en-GB":
        "In a study of 5,205 runners, a single run more than 10% longer than the longest run of the previous 30 days was linked to a higher rate of overuse injury, while week-to-week changes were not.",
      es: "En un estudio con 5205 corredores, una sola salida más de un 10 % más larga que la más larga de los 30 días anteriores se asoció con más lesiones por sobrecarga, mientras que los cambios de una semana a otra no.",
    }),
    ...warningSignEvidence(cardioRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    intervals: { work: { activity: "run", seconds: 60 }, recovery: { activity: "walk", seconds: 60 }, rounds: 10 },
    intensity: { painCeiling: 2, rpeCeiling: 4 },
    frequency: { daysPerWeek: 3 },
  },
};
