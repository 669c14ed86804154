import type { Phase } from "@movekit/core";
import { citeSource } from "../citation";
import { strengthLoadConsensus } from "../consensus";
import { grassi2016, seed002, seed003, zhao2022 } from "../sources";

/**
 * The second phase: build strength in the hip, glutes and trunk before running comes back.
 * Part of `hipFlexorReturnToRun` (hip-flexor-return-to-run.ts), which lists the phases in order.
 */
export const buildPhase: Phase = {
  id: "build",
  title: { "en-GB": "Build", es: "Fortalecer" },
  summary: {
    "en-GB":
      "Strengthen the glutes and core that support the pelvis, and load the hip flexor itself with slow leg lowering. Keep cross-training.",
    es: "Fortalece los glúteos y el abdomen que sostienen la pelvis, y carga el propio flexor de cadera con descensos lentos de pierna. Sigue con el entrenamiento cruzado.",
  },
  goals: [
    {
      "en-GB": "Strengthen the glutes and core so they share the work of the stride.",
      es: "Fortalecer glúteos y abdomen para que compartan el trabajo de la zancada.",
    },
    {
      "en-GB": "Build hip-flexor strength and tendon resilience with slow, controlled lowering.",
      es: "Ganar fuerza en los flexores de cadera y resistencia en su tendón con descensos lentos y controlados.",
    },
    {
      "en-GB": "Reach pain-free walking, ready to start running.",
      es: "Llegar a caminar sin dolor, con la cadera preparada para empezar a correr.",
    },
  ],
  entryCriteria: [
    {
      id: "settle-complete",
      text: {
        "en-GB": "You have met the exit criteria of the settle phase.",
        es: "Has cumplido los criterios de salida de la fase de calma.",
      },
      check: { kind: "settled-within-24h" },
    },
  ],
  exitCriteria: [
    {
      id: "single-leg-bridge",
      text: {
        "en-GB":
          "You can do 3 sets of 8 single-leg glute bridges on each side with the pelvis level and pain below 3 out of 10.",
        es: "Puedes hacer 3 series de 8 puentes de glúteos a una pierna por cada lado, con la pelvis nivelada y un dolor por debajo de 3 sobre 10.",
      },
      check: {
        kind: "can-perform",
        exerciseId: "single-leg-glute-bridge",
        dosage: { sets: 3, reps: 8, perSide: true },
      },
    },
    {
      id: "leg-lowering",
      text: {
        "en-GB":
          "You can do 3 sets of 8 slow leg lowers on each side, knee almost straight, with pain below 3 out of 10.",
        es: "Puedes hacer 3 series de 8 descensos lentos de pierna por cada lado, con la rodilla casi estirada y un dolor por debajo de 3 sobre 10.",
      },
      check: {
        kind: "can-perform",
        exerciseId: "eccentric-leg-lowering",
        dosage: { sets: 3, reps: 8, perSide: true, tempo: { lower: 5 } },
      },
    },
    {
      id: "plank-30",
      text: {
        "en-GB": "You can hold a front plank for 3 × 30 seconds with a straight line.",
        es: "Puedes mantener la plancha frontal 3 veces 30 segundos en línea recta.",
      },
      check: { kind: "can-perform", exerciseId: "front-plank", dosage: { sets: 3, holdSeconds: 30 } },
    },
    {
      id: "pain-free-walking",
      text: {
        "en-GB": "You can walk briskly for 30 minutes without pain, and nothing has flared up the next morning.",
        es: "Puedes caminar a paso ligero 30 minutos sin dolor, y nada ha empeorado a la mañana siguiente.",
      },
    },
    {
      id: "three-weeks-done",
      text: { "en-GB": "At least three weeks in this phase.", es: "Al menos tres semanas en esta fase." },
      check: { kind: "weeks-completed", weeks: 3 },
    },
  ],
  minWeeks: 3,
  sessionsPerWeek: 3,
  contents: [
    {
      exerciseId: "half-kneeling-hip-flexor-stretch",
      note: {
        "en-GB": "As a gentle warm-up before the strength work.",
        es: "Como calentamiento suave antes del trabajo de fuerza.",
      },
    },
    { exerciseId: "clamshell" },
    { exerciseId: "glute-bridge" },
    {
      exerciseId: "single-leg-glute-bridge",
      note: {
        "en-GB":
          "Instead of the two-leg bridge once you can do 3 × 10 two-leg bridges with a 3-second hold and pain no higher than 2 out of 10. The phase ends with 3 × 8 of these on each side.",
        es: "En lugar del puente con dos piernas cuando puedas hacer 3 × 10 puentes con dos piernas manteniendo 3 segundos y un dolor no mayor de 2 sobre 10. La fase termina con 3 × 8 de estos por cada lado.",
      },
    },
    {
      exerciseId: "front-plank",
      dosage: { sets: 3, holdSeconds: 20, restBetweenSetsSeconds: 60, intensity: { painCeiling: 2 } },
      note: {
        "en-GB": "Start with the knee plank if you cannot hold a straight line for 15 seconds.",
        es: "Empieza con la plancha con rodillas apoyadas si no puedes mantener la línea recta 15 segundos.",
      },
    },
    {
      exerciseId: "eccentric-leg-lowering",
      note: {
        "en-GB":
          "Start with the bent-knee leg lowering over part of the range, and move to the straight leg as it stays comfortable.",
        es: "Empieza con el descenso de pierna con la rodilla doblada en una parte del recorrido, y pasa a la pierna estirada a medida que te resulte cómodo.",
      },
    },
    { exerciseId: "box-squat" },
    {
      exerciseId: "cycling-raised-seat",
      dosage: {
        durationSeconds: 1200,
        intensity: { painCeiling: 2, rpeCeiling: 5 },
        frequency: { daysPerWeek: 2 },
      },
      note: {
        "en-GB": "On two days between strength sessions; swimming is fine instead.",
        es: "Dos días entre las sesiones de fuerza; también puedes nadar en su lugar.",
      },
    },
  ],
  education: [
    {
      id: "progress-strength-load",
      title: { "en-GB": "How to make strength work harder", es: "Cómo hacer más exigente el trabajo de fuerza" },
      text: {
        "en-GB":
          "Change one thing at a time, and only after a week in which every session met the pain rule. First add repetitions, up to 12 to 15. Then add a set, up to 3 or 4. Only then add load: a light band or ankle weight, or the harder exercise the ladder shows. If pain climbs to 3 out of 10 or is still there the next morning, go back one step.",
        es: "Cambia una sola cosa cada vez, y solo después de una semana en la que todas las sesiones hayan cumplido la regla del dolor. Primero añade repeticiones, hasta 12 o 15. Después añade una serie, hasta 3 o 4. Solo entonces añade carga: una banda elástica suave o una tobillera lastrada, o el ejercicio más difícil que indica la escalera. Si el dolor llega a 3 sobre 10 o sigue ahí a la mañana siguiente, retrocede un paso.",
      },
      evidence: [
        citeSource(
          "advice",
          seed003,
          {
            "en-GB":
              "Hip flexors and the muscles around them become stronger and more tolerant when load is raised step by step and under control, not in jumps.",
            es: "Los flexores de cadera y los músculos que los rodean ganan fuerza y tolerancia cuando la carga se aumenta paso a paso y de forma controlada, no a saltos.",
          },
          seed002,
        ),
        strengthLoadConsensus,
      ],
    },
    {
      id: "load-and-capacity",
      title: { "en-GB": "Why it hurt: load and capacity", es: "Por qué duele: carga y capacidad" },
      text: {
        "en-GB":
          "Hip-flexor pain usually appears when training asks more of the muscle and tendon than they can yet handle, or when weaker neighbours leave them doing extra work. Strength work raises what they can handle.",
        es: "El dolor de flexores de cadera suele aparecer cuando el entrenamiento pide al músculo y al tendón más de lo que todavía pueden soportar, o cuando los músculos vecinos, más débiles, les dejan trabajo extra. El trabajo de fuerza aumenta lo que pueden soportar.",
      },
      evidence: [
        citeSource("advice", seed002, {
          "en-GB":
            "Hip-flexor strains come from too much load or load added too quickly; tendinopathy from repeated loading. Weak core, hamstring or shin muscles can shift extra work onto the hip flexors.",
          es: "Las distensiones de los flexores de cadera vienen de una carga excesiva o añadida demasiado deprisa; la tendinopatía, de una carga repetida. Un abdomen, unos isquiotibiales o unos músculos de la espinilla débiles pueden trasladar trabajo extra a los flexores de cadera.",
        }),
        citeSource("evidence", zhao2022, {
          "en-GB":
            "Modelling shows the iliopsoas, with the gluteal muscles, contributes much of the force through the hip while the foot is on the ground during running.",
          es: "Los modelos muestran que el psoas ilíaco, junto con los glúteos, aporta buena parte de la fuerza que atraviesa la cadera mientras el pie está apoyado al correr.",
        }),
      ],
    },
    {
      id: "progress-by-response",
      title: {
        "en-GB": "Progress by how you respond, not the calendar",
        es: "Avanza según tu respuesta, no según el calendario",
      },
      text: {
        "en-GB":
          "There is no reliable way to predict exactly how long a hip-flexor injury takes to recover. Move on when you meet the exit criteria and the pain rule, however many weeks that takes.",
        es: "No hay una forma fiable de predecir cuánto tarda exactamente en recuperarse una lesión de flexores de cadera. Avanza cuando cumplas los criterios de salida y la regla del dolor, tarde las semanas que tarde.",
      },
      evidence: [
        citeSource("evidence", grassi2016, {
          "en-GB":
            "Muscle injuries are graded mostly on pain, loss of movement, swelling and imaging, but these grading systems still lack proven value for predicting recovery.",
          es: "Las lesiones musculares se clasifican sobre todo por el dolor, la pérdida de movilidad, la hinchazón y las pruebas de imagen, pero esas clasificaciones aún no han demostrado servir para predecir la recuperación.",
        }),
        citeSource("advice", seed003, {
          "en-GB":
            "Loading tissues beyond what they can take, especially while pushing through the first warning signs, makes lasting symptoms more likely.",
          es: "Cargar los tejidos por encima de su capacidad, sobre todo si se ignoran las primeras señales de aviso, hace más probable que los síntomas persistan.",
        }),
      ],
    },
  ],
};
