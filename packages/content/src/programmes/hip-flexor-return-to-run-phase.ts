import type { Phase } from "@movekit/core";
import { citeSource } from "../citation";
import { besomi2025, buist2008, frandsen2025, seed000, seed001, seed002 } from "../sources";
import { runningGateCriteria } from "./hip-flexor-running-stages";

/**
 * The third phase: walk/run intervals up to 20 minutes of continuous easy running.
 * Part of `hipFlexorReturnToRun` (hip-flexor-return-to-run.ts), which lists the phases in order.
 */
export const returnToRunPhase: Phase = {
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
        "en-GB": "You have met the exit criteria of the build phase, including 30 minutes of pain-free brisk walking.",
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
};
