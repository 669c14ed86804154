import type { Programme } from "@movekit/core";
import { citeSource } from "../citation";
import { programmeConsensus, strengthLoadConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { programmeRedFlags } from "../red-flags";
import {
  besomi2025,
  buist2008,
  frandsen2025,
  grassi2016,
  mettler2019,
  nhsSprainsStrains,
  seed000,
  seed001,
  seed002,
  seed003,
  zhao2022,
} from "../sources";
import { hipFlexorPainRule } from "./hip-flexor-pain-rule";
import { hipFlexorRunningPlan } from "./hip-flexor-running-plan";
import {
  hillsStridesSpeedPhase,
  runningGateCriteria,
  runToSpeedRule,
  speedToRunRule,
} from "./hip-flexor-running-stages";
import { strengthLoadBackRule, strengthLoadRule } from "./strength-load-rule";

export { hipFlexorPainRule } from "./hip-flexor-pain-rule";
export { hipFlexorRunningPlan } from "./hip-flexor-running-plan";

export const hipFlexorReturnToRun: Programme = {
  id: "hip-flexor-return-to-run",
  language: "en-GB",
  title: {
    "en-GB": "Hip-flexor pain: return to running",
    es: "Dolor de flexores de cadera: vuelta a correr",
  },
  condition: {
    "en-GB": "Hip-flexor (iliopsoas) strain or tendinopathy in runners",
    es: "Distensión o tendinopatía de los flexores de cadera (psoas ilíaco) en corredores",
  },
  summary: {
    "en-GB":
      "For runners with a deep ache in the front of the hip or groin from the hip flexor. Three phases: settle the pain, build strength in the glutes, core and hip flexor, then return to running with walk/run intervals, moving on only when the pain rule allows.",
    es: "Para corredores con un dolor profundo delante de la cadera o en la ingle que viene de los flexores de cadera. Tres fases: calmar el dolor, fortalecer glúteos, abdomen y flexores de cadera, y volver a correr alternando caminar y correr, avanzando solo cuando la regla del dolor lo permite.",
  },
  goals: [
    {
      "en-GB": "Walk, climb stairs and stand up from a chair without pain.",
      es: "Caminar, subir escaleras y levantarte de una silla sin dolor.",
    },
    {
      "en-GB": "Build the strength and load tolerance of the glutes, core and hip flexors.",
      es: "Ganar fuerza y tolerancia a la carga en glúteos, abdomen y flexores de cadera.",
    },
    {
      "en-GB": "Run 20 minutes continuously at an easy pace, with pain staying within the pain rule.",
      es: "Correr 20 minutos seguidos a ritmo suave, con un dolor que se mantenga dentro de la regla del dolor.",
    },
  ],
  delivery: { setting: "home", supervision: "mixed", format: "individual" },
  phases: [
    {
      id: "settle",
      title: { "en-GB": "Settle", es: "Calmar" },
      summary: {
        "en-GB":
          "Pause running and anything else that brings the pain on. Keep the hip moving gently and keep your fitness with cycling or swimming.",
        es: "Deja de correr y aparca cualquier otra actividad que te provoque dolor. Mantén la cadera en movimiento con suavidad y conserva tu forma física con bicicleta o natación.",
      },
      goals: [
        {
          "en-GB": "Let the pain settle by avoiding what provokes it (relative rest).",
          es: "Dejar que el dolor se calme evitando lo que lo provoca (reposo relativo).",
        },
        {
          "en-GB": "Keep the front of the hip moving without irritating it.",
          es: "Mantener el movimiento de la parte delantera de la cadera sin irritarla.",
        },
        {
          "en-GB": "Keep up your fitness with cross-training that spares the hip flexors.",
          es: "Conservar la forma física con un entrenamiento cruzado que no cargue los flexores de cadera.",
        },
      ],
      entryCriteria: [
        {
          id: "running-related-hip-pain",
          text: {
            "en-GB":
              "You have a deep ache in the front of the hip or groin linked to running, and none of this programme's warning signs.",
            es: "Tienes un dolor profundo delante de la cadera o en la ingle relacionado con correr, y ninguna de las señales de alarma de este programa.",
          },
        },
        {
          id: "assessed-if-moderate",
          text: {
            "en-GB":
              "If the pain is moderate or severe, or has lasted more than a few days, a clinician has assessed it.",
            es: "Si el dolor es moderado o intenso, o dura más de unos días, un profesional sanitario lo ha valorado.",
          },
        },
      ],
      exitCriteria: [
        {
          id: "daily-activities-mild",
          text: {
            "en-GB":
              "Walking, stairs and standing up from a chair cause no more than mild pain (below 3 out of 10) for a week.",
            es: "Caminar, subir escaleras y levantarte de una silla no te causan más que un dolor leve (por debajo de 3 sobre 10) durante una semana.",
          },
          check: { kind: "pain-band", action: "continue", weeks: 1 },
        },
        {
          id: "settles-overnight",
          text: {
            "en-GB": "Any pain after activity has gone by the next morning.",
            es: "Cualquier dolor después de la actividad ha desaparecido a la mañana siguiente.",
          },
          check: { kind: "settled-within-24h" },
        },
        {
          id: "one-week-done",
          text: { "en-GB": "At least one week in this phase.", es: "Al menos una semana en esta fase." },
          check: { kind: "weeks-completed", weeks: 1 },
        },
      ],
      minWeeks: 1,
      sessionsPerWeek: 3,
      contents: [
        {
          exerciseId: "thomas-psoas-stretch",
          note: {
            "en-GB": "Gentle and pain-free. You can also do it once a day on the other days.",
            es: "Suave y sin dolor. También puedes hacerlo una vez al día los demás días.",
          },
        },
        {
          exerciseId: "cycling-raised-seat",
          dosage: { durationSeconds: 1200, intensity: { painCeiling: 2, rpeCeiling: 5 } },
          note: {
            "en-GB": "Choose cycling or swimming for each session.",
            es: "En cada sesión, elige bicicleta o natación.",
          },
        },
        {
          exerciseId: "swimming",
          dosage: { durationSeconds: 1200, intensity: { painCeiling: 2, rpeCeiling: 5 } },
          note: {
            "en-GB": "The alternative to cycling. Avoid aqua-jogging for now.",
            es: "La alternativa a la bicicleta. Por ahora, evita el aquarunning.",
          },
        },
      ],
      education: [
        {
          id: "relative-rest",
          title: { "en-GB": "What relative rest means", es: "Qué significa reposo relativo" },
          text: {
            "en-GB":
              "Relative rest is not lying still. Pause running and anything that brings the pain on, and keep doing everything that doesn't. Running through sharp pain can turn a mild strain or tendon problem into a longer-lasting one.",
            es: "El reposo relativo no significa dejar de moverte. Deja de correr y de hacer lo que te provoque dolor, y sigue haciendo todo lo que no te duela. Correr con un dolor agudo puede convertir una distensión leve o un problema de tendón en algo más duradero.",
          },
          evidence: [
            citeSource("advice", seed000, {
              "en-GB":
                "Relative rest means steering clear of whatever brings the pain on; running on through significant pain risks turning a mild strain or tendinopathy into a chronic problem or a tear.",
              es: "El reposo relativo consiste en evitar las actividades que provocan dolor; seguir corriendo con un dolor importante puede convertir una distensión o tendinopatía leve en un problema crónico o en una rotura.",
            }),
          ],
        },
        {
          id: "heat-or-ice",
          title: { "en-GB": "Heat or ice", es: "Calor o frío" },
          text: {
            "en-GB":
              "In the first two to three days after a strain, use ice, not heat: a cold pack may ease pain and swelling, while heat, like hot baths, can add to the swelling. After that, warmth can help the muscle relax. Always wrap the pack in a cloth and check your skin.",
            es: "En los dos o tres primeros días después de una distensión, usa frío y no calor: una bolsa fría puede aliviar el dolor y la hinchazón, mientras que el calor, como los baños calientes, puede aumentarla. Pasados esos días, el calor puede ayudar a relajar el músculo. Envuelve siempre la bolsa en un paño y vigila tu piel.",
          },
          evidence: [
            citeSource("advice", seed000, {
              "en-GB":
                "Warmth can ease muscle tension, and cold packs can help with pain and inflammation in the early days.",
              es: "El calor puede ayudar a relajar el músculo, y el frío puede usarse para reducir la inflamación y el dolor agudos.",
            }),
            citeSource("advice", nhsSprainsStrains, {
              "en-GB":
                "NHS self-care advice for a strain: ice and rest at first, and keep heat (hot baths, heat packs) away for the first couple of days so the swelling is not made worse.",
              es: "Los consejos de autocuidado del NHS para una distensión: frío y reposo al principio, y nada de calor (baños calientes, bolsas de calor) durante los primeros días para no aumentar la hinchazón.",
            }),
          ],
        },
        {
          id: "break-up-sitting",
          title: { "en-GB": "Break up long spells of sitting", es: "Rompe los ratos largos en la silla" },
          text: {
            "en-GB":
              "Sitting for hours keeps the hip flexors in a shortened position. Stand up and walk about every so often during the day.",
            es: "Pasar horas en la silla mantiene los flexores de cadera acortados. Levántate y camina un poco de vez en cuando a lo largo del día.",
          },
          evidence: [
            citeSource(
              "advice",
              seed000,
              {
                "en-GB":
                  "Long hours of sitting keep the psoas shortened and, with running, often contribute to irritation.",
                es: "Pasar muchas horas en la silla mantiene el psoas acortado y, sumado a correr, suele contribuir a que se irrite.",
              },
              seed001,
            ),
          ],
        },
        {
          id: "tightness-is-a-feeling",
          title: { "en-GB": "Feeling tight is not a diagnosis", es: "Notar tensión no es un diagnóstico" },
          text: {
            "en-GB":
              "A tight feeling in the hip often means the muscle is tired or not yet ready for the load, not that it is too short. Stretching can make it feel looser, but it is strength and careful loading that help you run without pain.",
            es: "Notar la cadera tensa suele significar que el músculo está cansado o aún no está preparado para la carga, no que esté demasiado corto. Estirar puede darte sensación de soltura, pero lo que te ayuda a correr sin dolor es la fuerza y una carga progresiva.",
          },
          evidence: [
            citeSource("advice", seed003, {
              "en-GB":
                "A tight feeling is something you sense, not a diagnosis; it can come from fatigue, low load tolerance or less coordinated movement.",
              es: "La tensión es una sensación, no un diagnóstico; puede reflejar cansancio, poca tolerancia a la carga o una coordinación alterada.",
            }),
            citeSource("evidence", mettler2019, {
              "en-GB":
                "Three weeks of hip-flexor stretching improved passive hip extension but did not change hip, pelvis or lower-back movement during running.",
              es: "Tres semanas de estiramientos de flexores de cadera mejoraron la extensión pasiva de la cadera, pero no cambiaron el movimiento de la cadera, la pelvis ni la zona lumbar al correr.",
            }),
          ],
        },
      ],
    },
    {
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
    },
    {
      id: "return-to-run",
      title: { "en-GB": "Return to run", es: "Vuelta a correr" },
      summary: {
        "en-GB":
          "Walk/run intervals three times a week, adding no more than 10% running a week and lengthening the runs between walk breaks one step at a time, with a dynamic hip warm-up before every run and strength work twice a week.",
        es: "Intervalos de caminar y correr tres veces por semana, añadiendo como máximo un 10 % de carrera por semana y alargando paso a paso los tramos de carrera entre pausas, con un calentamiento dinámico de cadera antes de cada salida y trabajo de fuerza dos veces por semana.",
      },
      goals: [
        {
          "en-GB": "Rebuild running gradually, moving on only when the pain rule allows.",
          es: "Recuperar la carrera poco a poco, avanzando solo cuando la regla del dolor lo permite.",
        },
        {
          "en-GB": "Keep building strength so the hips cope with more running.",
          es: "Seguir ganando fuerza para que la cadera tolere más carrera.",
        },
        {
          "en-GB": "Run 20 minutes continuously at an easy pace.",
          es: "Correr 20 minutos seguidos a ritmo suave.",
        },
      ],
      entryCriteria: [
        {
          id: "build-complete",
          text: {
            "en-GB":
              "You have met the exit criteria of the build phase, including 30 minutes of pain-free brisk walking.",
            es: "Has cumplido los criterios de salida de la fase de fortalecimiento, incluidos 30 minutos caminando a paso ligero sin dolor.",
          },
        },
        // The hop and strength gate before the first run (the running plan's entry criteria).
        ...runningGateCriteria,
      ],
      exitCriteria: [
        {
          id: "twenty-minutes-continuous",
          text: {
            "en-GB": "You can run 20 minutes continuously at an easy pace.",
            es: "Puedes correr 20 minutos seguidos a ritmo suave.",
          },
          check: { kind: "run-continuous", minutes: 20 },
        },
        {
          id: "pain-rule-two-weeks",
          text: {
            "en-GB": "Pain has stayed below 3 out of 10 during and after running for two weeks.",
            es: "El dolor se ha mantenido por debajo de 3 sobre 10 durante y después de correr a lo largo de dos semanas.",
          },
          check: { kind: "pain-band", action: "continue", weeks: 2 },
        },
        {
          id: "settles-overnight-running",
          text: {
            "en-GB": "Any pain after running has gone by the next morning.",
            es: "Cualquier dolor después de correr ha desaparecido a la mañana siguiente.",
          },
          check: { kind: "settled-within-24h" },
        },
      ],
      minWeeks: 10,
      sessionsPerWeek: 3,
      usesRunningPlan: true,
      contents: [
        { exerciseId: "dynamic-hip-warm-up" },
        {
          exerciseId: "walk-run-intervals",
          note: {
            "en-GB": "Do this week's session from the running plan.",
            es: "Haz la sesión de esta semana del plan de carrera.",
          },
        },
        {
          exerciseId: "single-leg-glute-bridge",
          dosage: {
            sets: 3,
            reps: 10,
            perSide: true,
            holdSeconds: 2,
            intensity: { painCeiling: 2 },
            frequency: { daysPerWeek: 2 },
          },
          note: {
            "en-GB": "Strength twice a week, after a run or on a day between runs.",
            es: "Fuerza dos veces por semana, después de correr o en un día entre salidas.",
          },
        },
        {
          exerciseId: "side-plank",
          dosage: {
            sets: 3,
            holdSeconds: 20,
            perSide: true,
            intensity: { painCeiling: 2 },
            frequency: { daysPerWeek: 2 },
          },
        },
        {
          exerciseId: "eccentric-leg-lowering",
          dosage: {
            sets: 3,
            reps: 10,
            perSide: true,
            tempo: { lower: 5 },
            intensity: { painCeiling: 2 },
            frequency: { daysPerWeek: 2 },
          },
        },
        {
          exerciseId: "fire-hydrant",
          dosage: {
            sets: 3,
            reps: 10,
            perSide: true,
            tempo: { lift: 2, pauseTop: 1, lower: 2 },
            frequency: { daysPerWeek: 2 },
          },
        },
        {
          exerciseId: "yoga-bridge-pose",
          note: {
            "en-GB": "A slow pose for your cool-down after running.",
            es: "Una postura lenta para la vuelta a la calma después de correr.",
          },
        },
      ],
      education: [
        {
          id: "pain-rule",
          title: { "en-GB": "The pain rule", es: "La regla del dolor" },
          text: {
            "en-GB":
              "Mild pain below 3 out of 10 that does not build during the run and has gone by the next morning is acceptable. Stop at once for sharp or sudden pain, pain that builds as you go, or pain that changes how you run.",
            es: "Un dolor leve, por debajo de 3 sobre 10, que no va a más durante la carrera y ha desaparecido a la mañana siguiente es aceptable. Para en el acto si notas un dolor agudo o repentino, un dolor que va a más o un dolor que cambia tu forma de correr.",
          },
          evidence: [
            citeSource("advice", seed000, {
              "en-GB":
                "Stop immediately for sharp, sudden pain, pain that increases as you run, or discomfort that alters your gait; very mild soreness below 3/10 that does not worsen and resolves within 24 hours may allow much-reduced running.",
              es: "Para de inmediato ante un dolor agudo y repentino, un dolor que aumenta mientras corres o una molestia que altera tu forma de correr; una molestia muy leve, por debajo de 3 sobre 10, que no empeora y desaparece en 24 horas puede permitir correr mucho menos.",
            }),
          ],
        },
        {
          id: "ten-percent-and-spikes",
          title: { "en-GB": "How fast to build up", es: "A qué ritmo aumentar" },
          text: {
            "en-GB":
              "This plan adds no more than 10% running time a week, as the source text advises. That is a sensible pace, but research has not shown the 10% rule itself prevents injury. What matters more is avoiding any single run that is much longer than your longest run of the past month.",
            es: "Este plan añade como máximo un 10 % de tiempo de carrera por semana, como aconseja la fuente. Es un ritmo razonable, pero la investigación no ha demostrado que la regla del 10 % por sí sola prevenga lesiones. Importa más evitar cualquier salida mucho más larga que la más larga del último mes.",
          },
          evidence: [
            citeSource("advice", seed000, {
              "en-GB": "Do not raise total weekly running by more than 10%, so the tendon and muscle can adapt.",
              es: "No aumentes el volumen semanal total de carrera más de un 10 %, para que el tendón y el músculo se adapten.",
            }),
            citeSource("evidence", buist2008, {
              "en-GB":
                "A randomised trial in 532 novice runners found no fewer injuries with a graded programme based on the 10% rule than with a standard programme (20.8% and 20.3%).",
              es: "Un ensayo aleatorizado con 532 corredores principiantes no encontró menos lesiones con un programa gradual basado en la regla del 10 % que con uno estándar (20,8 % y 20,3 %).",
            }),
            citeSource("evidence", frandsen2025, {
              "en-GB":
                "In 5,205 runners, single runs more than 10% longer than the longest run of the previous 30 days were linked to more overuse injuries; week-to-week changes in distance were not.",
              es: "En 5205 corredores, las salidas más de un 10 % más largas que la más larga de los 30 días anteriores se asociaron con más lesiones por sobrecarga; los cambios de distancia de una semana a otra, no.",
            }),
          ],
        },
        {
          id: "easy-flat-running",
          title: { "en-GB": "Keep it easy and flat at first", es: "Al principio, suave y en llano" },
          text: {
            "en-GB":
              "Leave out hills and speed work until you can run 20 minutes without pain. Warm up your hips before every run and cool down afterwards.",
            es: "Deja las cuestas y las series rápidas hasta que puedas correr 20 minutos sin dolor. Calienta la cadera antes de cada salida y haz una vuelta a la calma al terminar.",
          },
          evidence: [
            citeSource("advice", seed000, {
              "en-GB":
                "Reduce running and avoid speed work and hills while symptoms are present; warm up the hips dynamically before each run.",
              es: "Reduce la carrera y evita las series rápidas y las cuestas mientras haya síntomas; calienta la cadera de forma dinámica antes de cada salida.",
            }),
            citeSource("advice", seed001, {
              "en-GB": "Build up mileage slowly, and always cool down after running.",
              es: "Aumenta los kilómetros poco a poco y haz siempre una vuelta a la calma después de correr.",
            }),
          ],
        },
        {
          id: "when-to-get-help",
          title: { "en-GB": "When to see a physiotherapist", es: "Cuándo acudir al fisioterapeuta" },
          text: {
            "en-GB":
              "If the pain is not improving, keeps coming back, or stops you progressing through the plan, see a physiotherapist. They can look at your strength, your running and your training load, and adjust the plan to you.",
            es: "Si el dolor no mejora, vuelve una y otra vez o no te deja avanzar en el plan, acude a un fisioterapeuta. Puede valorar tu fuerza, tu forma de correr y tu carga de entrenamiento, y adaptar el plan a ti.",
          },
          evidence: [
            citeSource("advice", seed002, {
              "en-GB":
                "When hip-flexor pain is not improving, a physiotherapist can assess strength, running and load and find where the problem comes from.",
              es: "Cuando el dolor de flexores de cadera no mejora, un fisioterapeuta puede valorar la fuerza, la carrera y la carga y encontrar el origen del problema.",
            }),
            citeSource("evidence", besomi2025, {
              "en-GB":
                "Running experts interviewed in a qualitative study described running injuries as having many causes, including previous injury and training factors, and runners found it hard to judge online advice.",
              es: "Los expertos en carrera entrevistados en un estudio cualitativo describieron las lesiones de los corredores como multifactoriales, con causas como lesiones previas y factores del entrenamiento, y los corredores reconocieron que les cuesta valorar los consejos de internet.",
            }),
          ],
        },
      ],
    },
    hillsStridesSpeedPhase,
  ],
  painRule: hipFlexorPainRule,
  progressionRules: [
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
        "en-GB":
          "You can do 3 sets of 10 glute bridges with a 3-second hold, hips level and no pain above 2 out of 10.",
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
  ],
  regressionRules: [
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
  ],
  runningPlan: hipFlexorRunningPlan,
  redFlags: [...programmeRedFlags],
  evidence: [
    citeSource("advice", seed000, {
      "en-GB":
        "Managing psoas pain in runners runs in stages: relative rest, heat or ice, gentle mobility and cross-training; then glute, core and eccentric hip-flexor strength; then walk/run intervals once walking is pain-free.",
      es: "El manejo del dolor de psoas en corredores va por etapas: reposo relativo, calor o frío, movilidad suave y entrenamiento cruzado; después fuerza de glúteos, abdomen y excéntricos de flexores de cadera; y por último intervalos de caminar y correr cuando caminar ya no duela.",
    }),
    citeSource("advice", seed002, {
      "en-GB":
        "Hip-flexor pain in runners comes down to load versus capacity, so the plan adjusts load and builds capacity.",
      es: "El dolor de flexores de cadera en corredores depende de la relación entre carga y capacidad, así que el plan ajusta la carga y aumenta la capacidad.",
    }),
    citeSource("advice", seed003, {
      "en-GB":
        "Hip flexors recover best with strength work that builds step by step, controlled loading, and care over how much and how hard you run.",
      es: "Los flexores de cadera responden bien al fortalecimiento progresivo, a la carga controlada y a una gestión cuidadosa del volumen y la intensidad de carrera.",
    }),
    citeSource("evidence", mettler2019, {
      "en-GB":
        "Hip-flexor stretching alone increased passive range but did not change running mechanics, so this plan centres on strength and load.",
      es: "Estirar los flexores de cadera por sí solo aumentó el rango pasivo pero no cambió la mecánica de carrera, así que este plan se centra en la fuerza y la carga.",
    }),
    citeSource("evidence", buist2008, {
      "en-GB": "A graded programme based on the 10% rule did not reduce running injuries in novice runners.",
      es: "Un programa gradual basado en la regla del 10 % no redujo las lesiones en corredores principiantes.",
    }),
    citeSource("evidence", frandsen2025, {
      "en-GB":
        "Single runs more than 10% longer than the longest of the previous 30 days were linked to more overuse injuries.",
      es: "Las salidas más de un 10 % más largas que la más larga de los 30 días anteriores se asociaron con más lesiones por sobrecarga.",
    }),
    ...warningSignEvidence(programmeRedFlags),
    warningTierConsensus,
    ...programmeConsensus,
  ],
  provenance,
};
