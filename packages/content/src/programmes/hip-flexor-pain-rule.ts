import type { PainRule } from "@movekit/core";
import { seed000, silbernagel2007 } from "../sources";

/**
 * The pain rule from source text 000: mild pain below 3/10 that does not build during the run and has gone
 * within 24 hours allows you to carry on (with less running); sharp pain, pain that builds and a change in gait
 * mean stop (those are the programme's red flags). "Gone" means back to the patient's usual level: no pain unless
 * their clinician records a baseline. The week-on-week check follows Silbernagel et al. 2007. Each band's label
 * and message say the same step of the safety scale. Thresholds are data: a clinic can swap in its own.
 */
export const hipFlexorPainRule: PainRule = {
  id: "hip-flexor-running-pain-rule",
  name: { "en-GB": "Pain rule for running and exercise", es: "Regla del dolor para correr y hacer ejercicio" },
  scale: { min: 0, max: 10 },
  measures: ["during", "after"],
  bands: [
    {
      id: "mild",
      min: 0,
      max: 2,
      action: "continue",
      label: { "en-GB": "Mild: carry on", es: "Leve: sigue adelante" },
      message: {
        "en-GB":
          "Carry on with your plan, as long as the pain does not build during the session. Keep to flat ground at an easy pace, and check again tomorrow morning.",
        es: "Sigue con tu plan, siempre que el dolor no vaya a más durante la sesión. Corre en llano y a ritmo suave, y vuelve a comprobarlo mañana por la mañana.",
      },
    },
    {
      id: "moderate",
      min: 3,
      max: 5,
      action: "stop-today",
      label: { "en-GB": "Too much: stop for today", es: "Demasiado: para por hoy" },
      message: {
        "en-GB":
          "Stop for today; if you are out running, walk home. Next time, go back to the previous step of your plan. If this happens twice in a row, contact your physiotherapist.",
        es: "Para por hoy; si has salido a correr, vuelve caminando. La próxima vez, retrocede al paso anterior de tu plan. Si te ocurre dos veces seguidas, contacta con tu fisioterapeuta.",
      },
    },
    {
      id: "severe",
      min: 6,
      max: 10,
      action: "stop-and-contact",
      label: {
        "en-GB": "Severe: stop and contact your physiotherapist",
        es: "Intenso: para y contacta con tu fisioterapeuta",
      },
      message: {
        "en-GB":
          "Stop now and contact your physiotherapist. Do not run or exercise the hip again until a physiotherapist or doctor has assessed it.",
        es: "Para ahora y contacta con tu fisioterapeuta. No vuelvas a correr ni a ejercitar la cadera hasta que un fisioterapeuta o un médico te la haya valorado.",
      },
    },
  ],
  settleWithin24h: {
    maxNextMorning: 0,
    usualLevel: true,
    action: "stop-today",
    message: {
      "en-GB":
        "The pain was not back to your usual level by the next morning. Stop for today: do not run. Restart at the previous step once it has settled, and get it assessed if it lasts more than a few days.",
      es: "A la mañana siguiente el dolor no había vuelto a tu nivel habitual. Para por hoy: no corras. Vuelve a empezar por el paso anterior cuando se haya calmado, y pide que te lo valoren si dura más de unos días.",
    },
  },
  weekOnWeekTrend: {
    action: "modify",
    message: {
      "en-GB":
        "Pain or stiffness is worse than last week. Do not move on this week: repeat it or step back, and tell your physiotherapist if it keeps rising.",
      es: "El dolor o la rigidez han empeorado respecto a la semana pasada. No avances esta semana: repítela o retrocede, y díselo a tu fisioterapeuta si sigue aumentando.",
    },
  },
  source: { ...seed000.reference },
  references: [{ ...silbernagel2007.reference }],
};
