import type { Programme } from "@movekit/core";
import { citeSource } from "../citation";
import { programmeConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { programmeRedFlags } from "../red-flags";
import { buist2008, frandsen2025, mettler2019, seed000, seed002, seed003 } from "../sources";
import { buildPhase } from "./hip-flexor-build-phase";
import { hipFlexorPainRule } from "./hip-flexor-pain-rule";
import { returnToRunPhase } from "./hip-flexor-return-to-run-phase";
import { hipFlexorProgressionRules, hipFlexorRegressionRules } from "./hip-flexor-rules";
import { hipFlexorRunningPlan } from "./hip-flexor-running-plan";
import { hillsStridesSpeedPhase } from "./hip-flexor-running-stages";
import { settlePhase } from "./hip-flexor-settle-phase";

// The programme is assembled here from one file per phase, the rules, the pain rule and the running plan.
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
  phases: [settlePhase, buildPhase, returnToRunPhase, hillsStridesSpeedPhase],
  painRule: hipFlexorPainRule,
  progressionRules: hipFlexorProgressionRules,
  regressionRules: hipFlexorRegressionRules,
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
