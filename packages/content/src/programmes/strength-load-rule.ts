import type { ProgrammeRule } from "@movekit/core";

// The build phase's "reps, then sets, then load" education item, as rules a host can check and show. The numbers
// are the authors' consensus (see strengthLoadConsensus in ../consensus), cited in the programme's evidence.

/** Make strength work harder one step at a time, only after a week within the pain rule. */
export const strengthLoadRule: ProgrammeRule = {
  id: "add-strength-load",
  when: {
    "en-GB":
      "Every strength session of the past week met the pain rule, the pain had gone by each next morning, and the exercise now feels easy with good form.",
    es: "Todas las sesiones de fuerza de la última semana han cumplido la regla del dolor, el dolor había desaparecido cada mañana siguiente y el ejercicio ya te resulta fácil con buena técnica.",
  },
  action: {
    "en-GB":
      "Change one thing: first add repetitions, up to 12 to 15; once there, add a set, up to 3 or 4; only then add load, by moving to the loaded step of the exercise's ladder (a light band or a light weight).",
    es: "Cambia una sola cosa: primero añade repeticiones, hasta 12 o 15; cuando llegues, añade una serie, hasta 3 o 4; solo entonces añade carga, pasando al paso con carga de la escalera del ejercicio (una banda suave o un peso ligero).",
  },
  criteria: [
    {
      id: "strength-week-within-pain-rule",
      text: { "en-GB": "Pain below 3 out of 10 for a week.", es: "Dolor por debajo de 3 sobre 10 durante una semana." },
      check: { kind: "pain-band", action: "continue", weeks: 1 },
    },
    {
      id: "strength-pain-settled",
      text: { "en-GB": "Pain gone by the next morning.", es: "Sin dolor a la mañana siguiente." },
      check: { kind: "settled-within-24h" },
    },
    {
      id: "reps-then-sets-then-load",
      text: {
        "en-GB": "Load is added only once you already do 3 to 4 sets of 12 to 15 repetitions with good form.",
        es: "La carga se añade solo cuando ya haces de 3 a 4 series de 12 a 15 repeticiones con buena técnica.",
      },
    },
  ],
};

/** Take the last change back when the harder step hurts. */
export const strengthLoadBackRule: ProgrammeRule = {
  id: "remove-strength-load",
  when: {
    "en-GB": "After making strength work harder, pain reaches 3 out of 10 or more, or is still there the next morning.",
    es: "Después de hacer más exigente el trabajo de fuerza, el dolor llega a 3 sobre 10 o más, o sigue ahí a la mañana siguiente.",
  },
  action: {
    "en-GB":
      "Go back one step (less load, one set fewer or fewer repetitions) and stay there for a week within the pain rule before trying again.",
    es: "Retrocede un paso (menos carga, una serie menos o menos repeticiones) y quédate ahí una semana dentro de la regla del dolor antes de volver a intentarlo.",
  },
  criteria: [],
};
