import type { RunningPlan } from "@movekit/core";
import { generateWalkRunPlan } from "@movekit/core/running";
import { afterContinuousStages, runningGate } from "./hip-flexor-running-stages";

const generatedPlan = generateWalkRunPlan({
  id: "hip-flexor-walk-run",
  title: { "en-GB": "Walk/run return to running", es: "Vuelta a correr alternando caminar y correr" },
  intervalMinutes: 20,
  goalMinutes: 20,
});

const firstWeekNote = {
  "en-GB": "Start only once walking is pain-free. Run at an easy, chatty pace on flat ground.",
  es: "Empieza solo cuando caminar no te duela. Corre a un ritmo suave, que te permita charlar, y en llano.",
};
const lastWeekNote = {
  "en-GB": "Twenty minutes of continuous easy running: the goal of this phase.",
  es: "Veinte minutos de carrera suave continua: el objetivo de esta fase.",
};

/**
 * The walk/run plan from source text 000, built by core's generator: 1 minute running and 1 minute walking at
 * first; each week running time grows by no more than 10% and the run:walk ratio moves one rung (2:1, 3:1, 5:1,
 * 8:1, 10:1), until week 10 is 20 minutes of continuous running. No run is more than 10% longer than the longest of
 * the previous 30 days (Frandsen et al. 2025), the longest continuous run never more than doubles in a week, and
 * walk breaks are a minute: the plan passes validateRunningPlan. Three runs a week, Monday, Wednesday and Friday,
 * each with a 5-minute walk before and after. The hop and strength gate comes first; hills, strides and speed after.
 */
export const hipFlexorRunningPlan: RunningPlan = {
  ...generatedPlan,
  summary: {
    "en-GB":
      "Ten weeks, three runs a week, once you pass the hop and strength checks. Week 1 is 10 rounds of 1 minute running and 1 minute walking. Each week adds no more than 10% running, and the runs between walk breaks get longer one step at a time (2, 3, 5, 8, then 10 minutes), until week 10 is 20 minutes of continuous easy running. Move on a week only when the pain rule allows.",
    es: "Diez semanas, tres salidas por semana, cuando superes las pruebas de saltos y de fuerza. La semana 1 son 10 series de 1 minuto corriendo y 1 minuto caminando. Cada semana añade como máximo un 10 % de carrera, y los tramos de carrera entre pausas caminando se alargan paso a paso (2, 3, 5, 8 y luego 10 minutos), hasta que en la semana 10 corres 20 minutos seguidos a ritmo suave. Pasa a la semana siguiente solo cuando la regla del dolor lo permita.",
  },
  entryCriteria: runningGate,
  weeks: generatedPlan.weeks.map((week, index, all) => {
    if (index === 0) return { ...week, note: firstWeekNote };
    if (index === all.length - 1) return { ...week, note: lastWeekNote };
    return week;
  }),
  nextStages: afterContinuousStages,
};
