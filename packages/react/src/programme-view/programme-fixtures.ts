// Small programmes, exercises and pain rules for the programme, session, pain-check and running-plan tests and
// stories. Real content lives in @movekit/content; a unit test checks these against the schema.
import type { Exercise, PainRule, Phase, Programme, RunningPlan } from "@movekit/core";
import { gluteBridge, withoutMedia } from "../internal/test-fixtures";

const provenance = gluteBridge.provenance;
const evidence = gluteBridge.evidence;

/** One-sided, self-paced repetitions. */
export const clamshellFixture: Exercise = {
  ...gluteBridge,
  id: "clamshell",
  slug: "clamshell",
  name: { "en-GB": "Clamshell", es: "Almeja" },
  summary: {
    "en-GB": "Open and close your knees while lying on your side.",
    es: "Abre y cierra las rodillas de lado.",
  },
  position: "side-lying",
  laterality: "unilateral",
  startPosition: {
    "en-GB": "Lie on your side with your hips and knees bent and your feet together.",
    es: "Túmbate de lado con la cadera y las rodillas dobladas y los pies juntos.",
  },
  media: {
    ...(gluteBridge.media as NonNullable<Exercise["media"]>),
    sources: [{ src: "https://media.example.org/clamshell.mp4", type: "video/mp4" }],
    poster: undefined,
  },
  regressions: [],
  progressions: [],
  defaultDosage: { sets: 2, reps: 3, perSide: true, restBetweenSetsSeconds: 20, restBetweenSidesSeconds: 10 },
};

/** Timed holds. */
export const plankFixture: Exercise = {
  ...gluteBridge,
  id: "front-plank",
  slug: "front-plank",
  name: { "en-GB": "Front plank", es: "Plancha frontal" },
  summary: { "en-GB": "Hold your body straight on your forearms.", es: "Mantén el cuerpo recto sobre los antebrazos." },
  position: "prone",
  laterality: "bilateral",
  media: undefined,
  cues: withoutMedia.cues,
  regressions: [],
  progressions: [],
  defaultDosage: { sets: 2, holdSeconds: 30, restBetweenSetsSeconds: 15 },
};

/** One-sided, with a timed hold at the end of each repetition. */
export const legLoweringFixture: Exercise = {
  ...gluteBridge,
  id: "eccentric-leg-lowering",
  slug: "eccentric-leg-lowering",
  name: { "en-GB": "Eccentric leg lowering", es: "Descenso excéntrico de la pierna" },
  laterality: "unilateral",
  media: undefined,
  cues: withoutMedia.cues,
  redFlags: [],
  noContraindications: { reviewer: "A. Reviewer, physiotherapist", reviewedOn: "2025-01-15" },
  contraindications: undefined,
  regressions: [],
  progressions: [],
  defaultDosage: { sets: 1, reps: 2, perSide: true, holdSeconds: 5 },
};

export const fixtureExercises: Exercise[] = [gluteBridge, clamshellFixture, plankFixture, legLoweringFixture];

/** Three bands as a Suffolk NHS physiotherapy service uses them: 0–3 safe, 4–5 acceptable, 6–10 stop. */
export const threeBandRule: PainRule = {
  id: "nhs-three-band",
  name: { "en-GB": "Pain traffic lights" },
  scale: { min: 0, max: 10 },
  measures: ["during", "after"],
  bands: [
    {
      id: "safe",
      min: 0,
      max: 3,
      action: "continue",
      label: { "en-GB": "Safe", es: "Seguro" },
      message: { "en-GB": "Carry on as planned.", es: "Sigue como estaba previsto." },
    },
    {
      id: "acceptable",
      min: 4,
      max: 5,
      action: "modify",
      label: { "en-GB": "Acceptable", es: "Aceptable" },
      message: { "en-GB": "Do fewer repetitions next time.", es: "Haz menos repeticiones la próxima vez." },
    },
    {
      id: "high",
      min: 6,
      max: 10,
      action: "stop-and-contact",
      label: { "en-GB": "Too much", es: "Demasiado" },
      message: {
        "en-GB": "Stop this exercise and contact your physiotherapist.",
        es: "Deja este ejercicio y llama a tu fisioterapeuta.",
      },
    },
  ],
  settleWithin24h: {
    maxNextMorning: 3,
    action: "modify",
    message: {
      "en-GB": "It did not settle overnight: do less next time.",
      es: "No se calmó durante la noche: haz menos.",
    },
  },
  weekOnWeekTrend: {
    action: "modify",
    message: { "en-GB": "Worse than last week: step back a level.", es: "Peor que la semana pasada: baja un nivel." },
  },
  source: { citation: "Suffolk NHS physiotherapy exercise leaflet (pain traffic lights)." },
};

/** Wider bands as a New Zealand clinic uses them: 0–4, 5–7, 8–10. */
export const wideBandRule: PainRule = {
  ...threeBandRule,
  id: "nz-wide-band",
  bands: [
    { ...(threeBandRule.bands[0] as PainRule["bands"][number]), min: 0, max: 4 },
    { ...(threeBandRule.bands[1] as PainRule["bands"][number]), min: 5, max: 7 },
    { ...(threeBandRule.bands[2] as PainRule["bands"][number]), min: 8, max: 10 },
  ],
  settleWithin24h: { ...threeBandRule.settleWithin24h, maxNextMorning: 4 },
  source: { citation: "New Zealand physiotherapy clinic pain guide." },
};

/** Six weeks of walk/run with a planted spike: week 4's Friday run doubles the longest recent run. */
export const runningPlanFixture: RunningPlan = {
  id: "walk-run-fixture",
  title: { "en-GB": "Walk/run plan", es: "Plan de caminar y correr" },
  weeks: [60, 66, 72, 79, 86, 94].map((run, index) => ({
    sessions: (["mon", "wed", "fri"] as const).map((day) => ({
      day,
      warmUpWalkMinutes: 5,
      blocks:
        index === 3 && day === "fri"
          ? [{ runSeconds: 600, walkSeconds: 0, repeats: 1 }]
          : [{ runSeconds: run, walkSeconds: 120 - run, repeats: 5 }],
      coolDownWalkMinutes: 5,
    })),
  })),
};

const settle: Phase = {
  id: "settle",
  title: { "en-GB": "Settle", es: "Calmar" },
  summary: { "en-GB": "Calm the pain down with gentle work.", es: "Calma el dolor con trabajo suave." },
  goals: [{ "en-GB": "Pain at rest below 3 out of 10.", es: "Dolor en reposo por debajo de 3 sobre 10." }],
  entryCriteria: [],
  exitCriteria: [
    {
      text: {
        "en-GB": "Pain settles by the next morning for a week.",
        es: "El dolor se calma a la mañana siguiente durante una semana.",
      },
    },
  ],
  minWeeks: 2,
  sessionsPerWeek: 3,
  contents: [{ exerciseId: "clamshell" }, { exerciseId: "glute-bridge", dosage: { sets: 2, reps: 10 } }],
  education: [
    {
      id: "relative-rest",
      title: { "en-GB": "Relative rest", es: "Reposo relativo" },
      text: {
        "en-GB": "Keep moving, but avoid what flares the pain.",
        es: "Sigue moviéndote, pero evita lo que empeora el dolor.",
      },
      evidence: [],
    },
  ],
};

const build: Phase = {
  id: "build",
  title: { "en-GB": "Build", es: "Fortalecer" },
  goals: [{ "en-GB": "Stronger hips and trunk.", es: "Cadera y tronco más fuertes." }],
  entryCriteria: [
    { text: { "en-GB": "Pain settles by the next morning.", es: "El dolor se calma a la mañana siguiente." } },
  ],
  exitCriteria: [
    {
      text: {
        "en-GB": "Three sets of each exercise at 2 out of 10 or less.",
        es: "Tres series de cada ejercicio con dolor de 2 o menos.",
      },
    },
  ],
  minWeeks: 2,
  sessionsPerWeek: 3,
  contents: [
    { exerciseId: "glute-bridge" },
    { exerciseId: "front-plank" },
    { exerciseId: "eccentric-leg-lowering", note: { "en-GB": "Lower slowly.", es: "Baja despacio." } },
  ],
  education: [],
};

const run: Phase = {
  id: "return-to-run",
  title: { "en-GB": "Return to running", es: "Volver a correr" },
  goals: [{ "en-GB": "Run 20 minutes without pain.", es: "Correr 20 minutos sin dolor." }],
  entryCriteria: [
    {
      text: {
        "en-GB": "You meet the Build phase's exit criteria.",
        es: "Cumples los criterios de salida de Fortalecer.",
      },
    },
  ],
  exitCriteria: [{ text: { "en-GB": "Run 20 minutes without stopping.", es: "Correr 20 minutos sin parar." } }],
  minWeeks: 2,
  sessionsPerWeek: 2,
  contents: [{ exerciseId: "glute-bridge" }, { exerciseId: "front-plank" }],
  education: [],
  usesRunningPlan: true,
};

export const programmeFixture: Programme = {
  id: "hip-flexor-fixture",
  language: "en-GB",
  title: { "en-GB": "Hip flexor pain: back to running", es: "Dolor del flexor de la cadera: volver a correr" },
  condition: { "en-GB": "Hip flexor (iliopsoas) pain", es: "Dolor del psoas ilíaco" },
  summary: {
    "en-GB": "Three phases: settle, build, then run again.",
    es: "Tres fases: calmar, fortalecer y volver a correr.",
  },
  goals: [{ "en-GB": "Run again without pain.", es: "Volver a correr sin dolor." }],
  phases: [settle, build, run],
  painRule: threeBandRule,
  progressionRules: [
    {
      id: "settle-to-build",
      when: {
        "en-GB": "Pain settles by the next morning for a week.",
        es: "El dolor se calma cada mañana durante una semana.",
      },
      action: { "en-GB": "Start the Build phase.", es: "Empieza la fase Fortalecer." },
      criteria: [],
      fromPhaseId: "settle",
      toPhaseId: "build",
    },
  ],
  regressionRules: [
    {
      id: "flare-up",
      when: { "en-GB": "Pain goes above 5 out of 10.", es: "El dolor supera 5 sobre 10." },
      action: {
        "en-GB": "Go back to the exercises of the phase before.",
        es: "Vuelve a los ejercicios de la fase anterior.",
      },
      criteria: [],
    },
  ],
  runningPlan: runningPlanFixture,
  redFlags: [
    {
      id: "chest-pain",
      urgency: "emergency",
      text: { "en-GB": "Chest pain or sudden breathlessness.", es: "Dolor en el pecho o falta de aire repentina." },
      action: { "en-GB": "Stop and call for help now.", es: "Para y pide ayuda ahora." },
    },
    {
      id: "fever-groin",
      urgency: "urgent",
      text: { "en-GB": "Fever with groin pain.", es: "Fiebre con dolor en la ingle." },
      action: { "en-GB": "Get medical advice today.", es: "Pide consejo médico hoy." },
    },
  ],
  evidence,
  provenance,
};

/**
 * A 12-week programme of three 4-week phases, 4 sessions a week and 8 exercises a session: the size the
 * performance budget is measured on.
 */
export function twelveWeekProgramme(): Programme {
  const ids = fixtureExercises.map((e) => e.id);
  const phase = (index: number): Phase => ({
    ...build,
    id: `phase-${index + 1}`,
    title: { "en-GB": `Phase ${index + 1}` },
    minWeeks: 4,
    sessionsPerWeek: 4,
    contents: Array.from({ length: 8 }, (_, i) => ({
      exerciseId: ids[(i + index) % ids.length] as string,
      dosage: { sets: 3, reps: 8 + i, perSide: i % 2 === 0 },
    })),
    usesRunningPlan: false,
  });
  return {
    ...programmeFixture,
    id: "twelve-weeks",
    phases: [phase(0), phase(1), phase(2)],
    progressionRules: [
      {
        ...(programmeFixture.progressionRules[0] as Programme["progressionRules"][number]),
        fromPhaseId: "phase-1",
        toPhaseId: "phase-2",
      },
    ],
    runningPlan: undefined,
  };
}
