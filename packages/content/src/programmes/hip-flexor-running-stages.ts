import type { Criterion, Evidence, LocalizedText, Phase, ProgrammeRule, RunCriterion, RunStage } from "@movekit/core";
import { citeSource } from "../citation";
import { authorsConsensus as consensusSource, frandsen2025, seed000 } from "../sources";

/**
 * The running gate (hop and strength tests before week 1) and the stages after continuous running (hills, strides,
 * then speed) of the hip-flexor programme. No study gives these numbers for hip-flexor pain, and published
 * return-to-run checklists differ from clinic to clinic, so each number is marked as the authors' consensus.
 */

/** An `advice` entry for a number the authors chose, citing the consensus reference so a reviewing clinic finds it. */
export function authorsConsensus(claim: LocalizedText): Evidence {
  return citeSource("advice", consensusSource, claim);
}

const walkingFirst = citeSource("advice", seed000, {
  "en-GB": "Start walk/run intervals only once walking is pain-free.",
  es: "Empieza los intervalos de caminar y correr solo cuando caminar ya no duela.",
});

const symptomsFirst = citeSource("advice", seed000, {
  "en-GB": "Leave out hills and speed work while there are still symptoms.",
  es: "Deja las cuestas y las series rápidas mientras sigas teniendo síntomas.",
});

/** Before week 1: walking, hopping and single-leg strength, each pain-free. */
export const runningGate: RunCriterion[] = [
  {
    id: "walk-30-pain-free",
    text: {
      "en-GB":
        "You can walk briskly for 30 minutes without pain or a limp, and nothing has flared up the next morning.",
      es: "Puedes caminar a paso ligero 30 minutos sin dolor ni cojera, y nada ha empeorado a la mañana siguiente.",
    },
    evidence: [walkingFirst],
  },
  {
    id: "hop-10-each-leg",
    text: {
      "en-GB":
        "You can hop on the spot 10 times in a row on each leg without pain, landing softly with the knee in line with the toes.",
      es: "Puedes saltar en el sitio 10 veces seguidas sobre cada pierna sin dolor, aterrizando con suavidad y con la rodilla alineada con los dedos del pie.",
    },
    evidence: [
      authorsConsensus({
        "en-GB":
          "Running is a series of single-leg landings, so pain-free hopping is checked first; 10 hops a leg is the authors' choice.",
        es: "Correr es una sucesión de aterrizajes sobre una pierna, así que primero se comprueba que saltar no duela; 10 saltos por pierna es una elección de los autores.",
      }),
    ],
  },
  {
    id: "single-leg-bridge-3x8",
    text: {
      "en-GB":
        "You can do 3 sets of 8 single-leg glute bridges on each side with the pelvis level and pain below 3 out of 10.",
      es: "Puedes hacer 3 series de 8 puentes de glúteos a una pierna por cada lado, con la pelvis nivelada y un dolor por debajo de 3 sobre 10.",
    },
    evidence: [
      authorsConsensus({
        "en-GB": "The glutes share the load of each stride with the hip flexors; 3 × 8 a side is the authors' choice.",
        es: "Los glúteos reparten con los flexores de cadera la carga de cada zancada; 3 × 8 por lado es una elección de los autores.",
      }),
    ],
  },
  {
    id: "calf-raise-20-each-leg",
    text: {
      "en-GB":
        "You can do 20 slow single-leg calf raises on each leg without pain, rising as high as on the first one.",
      es: "Puedes hacer 20 elevaciones lentas de talones a una pierna con cada pierna sin dolor, subiendo tan alto como en la primera.",
    },
    evidence: [
      authorsConsensus({
        "en-GB":
          "The calf takes much of the load of each running step; 20 raises a leg is the authors' choice, within the range clinics use.",
        es: "La pantorrilla soporta buena parte de la carga de cada zancada; 20 elevaciones por pierna es una elección de los autores, dentro del rango que usan las clínicas.",
      }),
    ],
  },
];

const afterContinuous: RunCriterion = {
  id: "twenty-minutes-two-weeks",
  text: {
    "en-GB":
      "You have run 20 minutes continuously at an easy pace, three times a week for two weeks, within the pain rule, with any pain gone by the next morning.",
    es: "Has corrido 20 minutos seguidos a ritmo suave, tres veces por semana durante dos semanas, dentro de la regla del dolor y sin dolor a la mañana siguiente.",
  },
  evidence: [
    symptomsFirst,
    authorsConsensus({
      "en-GB": "Two weeks of 20 minutes before any hills is the authors' choice.",
      es: "Dos semanas de 20 minutos antes de cualquier cuesta es una elección de los autores.",
    }),
  ],
};

const keepLoadChecks = {
  "en-GB":
    "Keep every run within the plan's checks: no run more than 10% longer than your longest of the last 30 days.",
  es: "Mantén cada salida dentro de las comprobaciones del plan: ninguna más de un 10 % más larga que la más larga de los últimos 30 días.",
};

/** After continuous running: hills, then strides, then speed, each with its own entry criteria. */
export const afterContinuousStages: RunStage[] = [
  {
    id: "hills",
    title: { "en-GB": "Gentle hills", es: "Cuestas suaves" },
    summary: {
      "en-GB": "Add short, gentle slopes to one run a week. Keep all your other runs easy and flat.",
      es: "Añade cuestas cortas y suaves a una salida por semana. Mantén el resto de salidas suaves y en llano.",
    },
    entryCriteria: [
      afterContinuous,
      {
        id: "hop-20-each-leg",
        text: {
          "en-GB": "You can hop on the spot 20 times in a row on each leg without pain.",
          es: "Puedes saltar en el sitio 20 veces seguidas sobre cada pierna sin dolor.",
        },
        evidence: [
          authorsConsensus({
            "en-GB": "20 hops a leg before hills is the authors' choice.",
            es: "20 saltos por pierna antes de las cuestas es una elección de los autores.",
          }),
        ],
      },
    ],
    steps: [
      {
        "en-GB":
          "Once a week, in the middle of an easy run, run up a gentle slope for 30 to 60 seconds at an easy effort and walk back down. Start with 3 and add 1 a week, up to 6.",
        es: "Una vez por semana, a mitad de una salida suave, sube corriendo una cuesta suave durante 30 a 60 segundos a un esfuerzo cómodo y baja caminando. Empieza con 3 y añade 1 por semana, hasta 6.",
      },
      keepLoadChecks,
    ],
    evidence: [symptomsFirst],
  },
  {
    id: "strides",
    title: { "en-GB": "Strides", es: "Progresiones" },
    summary: {
      "en-GB": "Short, relaxed bursts of quicker running on flat ground at the end of an easy run.",
      es: "Tramos cortos y relajados de carrera más rápida, en llano, al final de una salida suave.",
    },
    entryCriteria: [
      {
        id: "hills-two-weeks",
        text: {
          "en-GB": "Two weeks of hills within the pain rule, with any pain gone by the next morning.",
          es: "Dos semanas de cuestas dentro de la regla del dolor y sin dolor a la mañana siguiente.",
        },
        evidence: [
          authorsConsensus({
            "en-GB": "Two weeks on each stage is the authors' choice.",
            es: "Dos semanas en cada etapa es una elección de los autores.",
          }),
        ],
      },
    ],
    steps: [
      {
        "en-GB":
          "Twice a week, after an easy run, run 4 strides of about 20 seconds on flat ground, building smoothly to a quick but relaxed pace (not a sprint). Walk back to the start between them. Add 1 a week, up to 6.",
        es: "Dos veces por semana, después de una salida suave, haz 4 progresiones de unos 20 segundos en llano, acelerando poco a poco hasta un ritmo rápido pero relajado (no un esprint). Vuelve caminando al punto de partida entre una y otra. Añade 1 por semana, hasta 6.",
      },
    ],
    evidence: [symptomsFirst],
  },
  {
    id: "speed",
    title: { "en-GB": "Faster running", es: "Carrera más rápida" },
    summary: {
      "en-GB": "One session a week with short faster intervals, in place of an easy run.",
      es: "Una sesión por semana con intervalos cortos más rápidos, en lugar de una salida suave.",
    },
    entryCriteria: [
      {
        id: "strides-two-weeks",
        text: {
          "en-GB": "Two weeks of strides within the pain rule, with any pain gone by the next morning.",
          es: "Dos semanas de progresiones dentro de la regla del dolor y sin dolor a la mañana siguiente.",
        },
        evidence: [
          authorsConsensus({
            "en-GB": "Two weeks on each stage is the authors' choice.",
            es: "Dos semanas en cada etapa es una elección de los autores.",
          }),
        ],
      },
    ],
    steps: [
      {
        "en-GB":
          "Once a week, after a 10-minute easy warm-up, run 6 × 1 minute at a hard but controlled effort with 2 minutes of easy jogging or walking between them, then 10 minutes easy. Never on the day after another hard session.",
        es: "Una vez por semana, después de 10 minutos suaves para calentar, corre 6 × 1 minuto a un esfuerzo alto pero controlado, con 2 minutos de trote suave o caminando entre ellos, y termina con 10 minutos suaves. Nunca al día siguiente de otra sesión exigente.",
      },
      keepLoadChecks,
    ],
    evidence: [
      symptomsFirst,
      authorsConsensus({
        "en-GB": "The 6 × 1 minute session and one hard session a week are the authors' choice.",
        es: "La sesión de 6 × 1 minuto y una sola sesión exigente por semana son una elección de los autores.",
      }),
    ],
  },
];

const text = (c: RunCriterion): Criterion => ({ id: c.id, text: c.text });

/** The gate as the return-to-run phase's entry criteria (the bridge test is checkable against the library). */
export const runningGateCriteria: Criterion[] = runningGate.map((c) =>
  c.id === "single-leg-bridge-3x8"
    ? {
        ...text(c),
        check: {
          kind: "can-perform",
          exerciseId: "single-leg-glute-bridge",
          dosage: { sets: 3, reps: 8, perSide: true },
        },
      }
    : text(c),
);

/** The programme phase after continuous running: hills, strides, then speed. */
export const hillsStridesSpeedPhase: Phase = {
  id: "hills-strides-speed",
  title: { "en-GB": "Hills, strides and speed", es: "Cuestas, progresiones y velocidad" },
  summary: {
    "en-GB":
      "Bring back hills, then strides, then faster running, one stage at a time, each only once its entry criteria are met. Keep strength work twice a week.",
    es: "Recupera las cuestas, luego las progresiones y después la carrera más rápida, una etapa cada vez y solo cuando cumplas sus criterios de entrada. Mantén el trabajo de fuerza dos veces por semana.",
  },
  goals: afterContinuousStages.map((stage) => stage.summary),
  entryCriteria: [
    { ...text(afterContinuous), check: { kind: "run-continuous", minutes: 20 } },
    {
      text: {
        "en-GB": "Pain below 3 out of 10 for two weeks.",
        es: "Dolor por debajo de 3 sobre 10 durante dos semanas.",
      },
      check: { kind: "pain-band", action: "continue", weeks: 2 },
    },
  ],
  exitCriteria: [
    {
      id: "speed-two-weeks",
      text: {
        "en-GB":
          "At least six weeks in this phase, the last two with one faster session a week within the pain rule. Then go back to your usual training, building it as the plan's checks allow.",
        es: "Al menos seis semanas en esta fase, las dos últimas con una sesión más rápida por semana dentro de la regla del dolor. Después vuelve a tu entrenamiento habitual, aumentándolo según permitan las comprobaciones del plan.",
      },
      check: { kind: "weeks-completed", weeks: 6 },
    },
  ],
  minWeeks: 6,
  sessionsPerWeek: 3,
  contents: [
    { exerciseId: "dynamic-hip-warm-up" },
    { exerciseId: "single-leg-glute-bridge" },
    { exerciseId: "side-plank" },
    { exerciseId: "eccentric-leg-lowering" },
  ],
  education: [
    {
      id: "one-change-at-a-time",
      title: { "en-GB": "One change at a time", es: "Un cambio cada vez" },
      text: {
        "en-GB":
          "Hills and faster running ask more of the hip flexors than easy running on the flat. Add one of them at a time, keep each run no longer than the checks allow, and step back a stage if pain reaches 3 out of 10 or has not gone by the next morning.",
        es: "Las cuestas y la carrera más rápida exigen más a los flexores de cadera que correr suave en llano. Añádelas de una en una, no alargues ninguna salida más de lo que permiten las comprobaciones y vuelve a la etapa anterior si el dolor llega a 3 sobre 10 o no ha desaparecido a la mañana siguiente.",
      },
      evidence: [
        symptomsFirst,
        citeSource("evidence", frandsen2025, {
          "en-GB":
            "Single runs more than 10% longer than the longest run of the previous 30 days were linked to more overuse injuries.",
          es: "Las salidas más de un 10 % más largas que la más larga de los 30 días anteriores se asociaron con más lesiones por sobrecarga.",
        }),
      ],
    },
  ],
};

/** From continuous running to the hills stage. */
export const runToSpeedRule: ProgrammeRule = {
  id: "run-to-hills-strides-speed",
  when: afterContinuous.text,
  action: {
    "en-GB": "Start the hills stage, then strides, then faster running, each once its entry criteria are met.",
    es: "Empieza la etapa de cuestas, luego las progresiones y después la carrera más rápida, cada una cuando cumplas sus criterios de entrada.",
  },
  criteria: hillsStridesSpeedPhase.entryCriteria,
  fromPhaseId: "return-to-run",
  toPhaseId: "hills-strides-speed",
};

/** Back a stage, or to easy running, when hills or speed provoke pain. */
export const speedToRunRule: ProgrammeRule = {
  id: "speed-stage-back",
  when: {
    "en-GB":
      "Pain reaches 3 out of 10 or more during or after hills, strides or faster running, or has not gone by the next morning.",
    es: "El dolor llega a 3 sobre 10 o más durante o después de las cuestas, las progresiones o la carrera más rápida, o no ha desaparecido a la mañana siguiente.",
  },
  action: {
    "en-GB":
      "Go back to the stage before (or to easy flat running) once the pain has settled, and stay there for a week within the pain rule. If it happens twice, contact your physiotherapist.",
    es: "Cuando el dolor se haya calmado, vuelve a la etapa anterior (o a correr suave en llano) y quédate en ella una semana dentro de la regla del dolor. Si te pasa dos veces, contacta con tu fisioterapeuta.",
  },
  criteria: [],
  fromPhaseId: "hills-strides-speed",
  toPhaseId: "return-to-run",
};
