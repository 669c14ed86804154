import type { ProgrammeRule } from "@movekit/core";
import { runToSpeedRule, speedToRunRule } from "./hip-flexor-running-stages";
import { strengthLoadBackRule, strengthLoadRule } from "./strength-load-rule";

/** When to move on in the hip-flexor return-to-run programme: between phases, running weeks and exercises. */
export const hipFlexorProgressionRules: ProgrammeRule[] = [
  {
    id: "settle-to-build",
    when: {
      "en-GB": "You meet the exit criteria of the settle phase.",
      es: "Cumples los criterios de salida de la fase de calma.",
    },
    action: { "en-GB": "Move on to the build phase.", es: "Pasa a la fase de fortalecimiento." },
    criteria: [
      {
        text: { "en-GB": "Pain stays mild for a week.", es: "El dolor se mantiene leve durante una semana." },
        check: { kind: "pain-band", action: "continue", weeks: 1 },
      },
      {
        text: { "en-GB": "Pain settles overnight.", es: "El dolor se calma durante la noche." },
        check: { kind: "settled-within-24h" },
      },
    ],
    fromPhaseId: "settle",
    toPhaseId: "build",
  },
  {
    id: "build-to-run",
    when: {
      "en-GB": "You meet the exit criteria of the build phase, including pain-free walking.",
      es: "Cumples los criterios de salida de la fase de fortalecimiento, incluido caminar sin dolor.",
    },
    action: { "en-GB": "Start week 1 of the running plan.", es: "Empieza la semana 1 del plan de carrera." },
    criteria: [
      {
        text: { "en-GB": "Three weeks of strength work done.", es: "Tres semanas de trabajo de fuerza hechas." },
        check: { kind: "weeks-completed", weeks: 3 },
      },
      {
        text: { "en-GB": "Pain settles overnight.", es: "El dolor se calma durante la noche." },
        check: { kind: "settled-within-24h" },
      },
    ],
    fromPhaseId: "build",
    toPhaseId: "return-to-run",
  },
  {
    id: "next-running-week",
    when: {
      "en-GB": "All of this week's runs stayed within the pain rule and the pain had gone by each next morning.",
      es: "Todas las salidas de esta semana se han mantenido dentro de la regla del dolor y el dolor había desaparecido cada mañana siguiente.",
    },
    action: {
      "en-GB": "Move on to next week of the running plan.",
      es: "Pasa a la semana siguiente del plan de carrera.",
    },
    criteria: [
      {
        text: { "en-GB": "Pain below 3 out of 10 all week.", es: "Dolor por debajo de 3 sobre 10 toda la semana." },
        check: { kind: "pain-band", action: "continue", weeks: 1 },
      },
      {
        text: { "en-GB": "Pain gone by the next morning.", es: "Sin dolor a la mañana siguiente." },
        check: { kind: "settled-within-24h" },
      },
    ],
  },
  runToSpeedRule,
  {
    id: "bridge-to-single-leg",
    when: {
      "en-GB": "You can do 3 sets of 10 glute bridges with a 3-second hold, hips level and no pain above 2 out of 10.",
      es: "Puedes hacer 3 series de 10 puentes de glúteos manteniendo 3 segundos, con la cadera nivelada y sin dolor por encima de 2 sobre 10.",
    },
    action: { "en-GB": "Swap to the single-leg glute bridge.", es: "Cambia al puente de glúteos a una pierna." },
    criteria: [
      {
        text: { "en-GB": "3 × 10 glute bridges with good form.", es: "3 × 10 puentes de glúteos con buena técnica." },
        check: { kind: "can-perform", exerciseId: "glute-bridge", dosage: { sets: 3, reps: 10, holdSeconds: 3 } },
      },
    ],
    fromExerciseId: "glute-bridge",
    toExerciseId: "single-leg-glute-bridge",
  },
  {
    id: "knee-plank-to-front-plank",
    when: {
      "en-GB": "You can hold the knee plank for 3 × 30 seconds in a straight line without pain.",
      es: "Puedes mantener la plancha con rodillas apoyadas 3 veces 30 segundos en línea recta y sin dolor.",
    },
    action: { "en-GB": "Move to the front plank.", es: "Pasa a la plancha frontal." },
    criteria: [
      {
        text: { "en-GB": "3 × 30-second knee plank.", es: "Plancha con rodillas 3 × 30 segundos." },
        check: { kind: "can-perform", exerciseId: "knee-plank", dosage: { sets: 3, holdSeconds: 30 } },
      },
    ],
    fromExerciseId: "knee-plank",
    toExerciseId: "front-plank",
  },
  {
    id: "clamshell-to-fire-hydrant",
    when: {
      "en-GB": "You can do 3 sets of 12 clamshells on each side with the pelvis still and pain below 3 out of 10.",
      es: "Puedes hacer 3 series de 12 almejas por cada lado sin mover la pelvis y con un dolor por debajo de 3 sobre 10.",
    },
    action: { "en-GB": "Add the fire hydrant.", es: "Añade la apertura de cadera a cuatro patas." },
    criteria: [
      {
        text: { "en-GB": "3 × 12 clamshells on each side.", es: "3 × 12 almejas por cada lado." },
        check: { kind: "can-perform", exerciseId: "clamshell", dosage: { sets: 3, reps: 12, perSide: true } },
      },
    ],
    fromExerciseId: "clamshell",
    toExerciseId: "fire-hydrant",
  },
  strengthLoadRule,
];

/** When to step back: repeat a running week, or return to an earlier phase. */
export const hipFlexorRegressionRules: ProgrammeRule[] = [
  {
    id: "repeat-running-week",
    when: {
      "en-GB": "Pain reaches 3 out of 10 or more during or after a run, or has not gone by the next morning.",
      es: "El dolor llega a 3 sobre 10 o más durante o después de una salida, o no ha desaparecido a la mañana siguiente.",
    },
    action: {
      "en-GB":
        "Go back to the previous week of the running plan once the pain has settled, and stay there until a whole week meets the pain rule.",
      es: "Cuando el dolor se haya calmado, vuelve a la semana anterior del plan de carrera y quédate en ella hasta que una semana completa cumpla la regla del dolor.",
    },
    criteria: [],
  },
  {
    id: "run-to-build",
    when: {
      "en-GB":
        "Sharp pain, pain that builds as you run, or a limp; or pain that keeps returning over more than a few days.",
      es: "Dolor agudo, dolor que va a más mientras corres o cojera; o un dolor que sigue volviendo durante más de unos días.",
    },
    action: {
      "en-GB":
        "Stop running, go back to the build phase with strength work and cross-training, and contact your physiotherapist.",
      es: "Deja de correr, vuelve a la fase de fortalecimiento con trabajo de fuerza y entrenamiento cruzado, y contacta con tu fisioterapeuta.",
    },
    criteria: [],
    fromPhaseId: "return-to-run",
    toPhaseId: "build",
  },
  speedToRunRule,
  strengthLoadBackRule,
  {
    id: "build-to-settle",
    when: {
      "en-GB":
        "Walking, stairs or getting up from a chair become painful again, or strength work leaves pain the next morning two sessions in a row.",
      es: "Caminar, subir escaleras o levantarte de una silla vuelven a doler, o el trabajo de fuerza te deja dolor a la mañana siguiente dos sesiones seguidas.",
    },
    action: {
      "en-GB": "Go back to the settle phase for a week and tell your physiotherapist.",
      es: "Vuelve una semana a la fase de calma y díselo a tu fisioterapeuta.",
    },
    criteria: [],
    fromPhaseId: "build",
    toPhaseId: "settle",
  },
];
