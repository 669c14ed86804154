import type { RedFlag } from "@movekit/core";

// Stop rules and warning signs shared by many exercises. The stop rules (sharp pain, pain that builds, a change
// in how you walk or run) and the advice to get persisting or moderate-to-severe pain assessed come from source
// text 000; the urgent and emergency tiers follow NHS care-card levels (see docs/content-model.md).

export const sharpPain: RedFlag = {
  id: "sudden-sharp-pain",
  urgency: "stop-exercising",
  text: {
    "en-GB": "A sudden, sharp pain, or a catching or tearing feeling, deep in the front of the hip or in the groin.",
    es: "Un dolor repentino y agudo, o una sensación de enganche o de desgarro, en la parte profunda de la ingle o delante de la cadera.",
  },
  action: {
    "en-GB":
      "Stop straight away and do not push through it. Rest, and speak to your physiotherapist before you exercise again.",
    es: "Para en ese mismo momento y no sigas a pesar del dolor. Descansa y habla con tu fisioterapeuta antes de volver a entrenar.",
  },
};

export const risingPain: RedFlag = {
  id: "pain-builds-as-you-go",
  urgency: "stop-exercising",
  text: {
    "en-GB": "Pain that keeps building the longer you carry on.",
    es: "Un dolor que va a más cuanto más tiempo sigues.",
  },
  action: {
    "en-GB":
      "Stop for today. Next time, go back to the last amount that felt comfortable, and tell your physiotherapist if it happens again.",
    es: "Para por hoy. La próxima vez, vuelve a la última cantidad que te resultó cómoda y díselo a tu fisioterapeuta si se repite.",
  },
};

export const alteredGait: RedFlag = {
  id: "limping-or-changed-stride",
  urgency: "stop-exercising",
  text: {
    "en-GB": "Pain that makes you limp or change the way you walk or run.",
    es: "Un dolor que te hace cojear o cambiar tu forma de caminar o de correr.",
  },
  action: {
    "en-GB":
      "Stop running or exercising now and walk home slowly. Do not try again until you can walk normally without pain, and tell your physiotherapist.",
    es: "Deja de correr o de hacer ejercicio ahora y vuelve a casa caminando despacio. No lo intentes de nuevo hasta que puedas caminar con normalidad y sin dolor, y cuéntaselo a tu fisioterapeuta.",
  },
};

export const cannotBearWeight: RedFlag = {
  id: "cannot-bear-weight",
  urgency: "urgent",
  text: {
    "en-GB": "You cannot put weight on the leg, or cannot walk, after a sudden pain in the hip or groin.",
    es: "No puedes apoyar peso en la pierna, o no puedes caminar, después de un dolor repentino en la cadera o la ingle.",
  },
  action: {
    "en-GB":
      "Get medical advice today: contact your GP surgery or an urgent care service. Do not exercise the leg until it has been checked.",
    es: "Pide consejo médico hoy mismo: contacta con tu centro de salud o con un servicio de urgencias. No ejercites la pierna hasta que te la hayan revisado.",
  },
};

export const feverWithGroinPain: RedFlag = {
  id: "groin-pain-with-fever",
  urgency: "urgent",
  text: {
    "en-GB":
      "Hip or groin pain together with a fever, shivering or feeling generally unwell, or a hip that is hot, red or swollen.",
    es: "Dolor de cadera o de ingle junto con fiebre, escalofríos o sensación de malestar general, o una cadera caliente, roja o hinchada.",
  },
  action: {
    "en-GB": "Do not exercise. Get medical advice the same day, from your GP surgery or an urgent care service.",
    es: "No hagas ejercicio. Pide consejo médico ese mismo día, en tu centro de salud o en un servicio de urgencias.",
  },
};

export const persistingPain: RedFlag = {
  id: "pain-not-settling",
  urgency: "non-urgent",
  text: {
    "en-GB":
      "Pain that is moderate or severe, that has lasted more than a few days, or that has not settled by the morning after exercise.",
    es: "Un dolor moderado o intenso, que dura más de unos días o que no se ha calmado a la mañana siguiente de hacer ejercicio.",
  },
  action: {
    "en-GB":
      "Book an assessment with your physiotherapist or doctor so the cause can be confirmed. Until then, drop back to exercises that do not bring the pain on.",
    es: "Pide cita con tu fisioterapeuta o tu médico para confirmar la causa. Mientras tanto, vuelve a los ejercicios que no te provocan dolor.",
  },
};

export const chestPainOrBreathlessness: RedFlag = {
  id: "chest-pain-or-breathlessness",
  urgency: "emergency",
  text: {
    "en-GB": "Chest pain or tightness, sudden breathlessness, or feeling faint while you exercise.",
    es: "Dolor u opresión en el pecho, falta de aire repentina o sensación de mareo o desmayo mientras haces ejercicio.",
  },
  action: {
    "en-GB": "Stop at once and call the emergency services.",
    es: "Para de inmediato y llama a los servicios de emergencia.",
  },
};

/** The set most floor and mat exercises carry. */
export const exerciseRedFlags: readonly RedFlag[] = [sharpPain, risingPain, feverWithGroinPain, persistingPain];

/** For exercises done standing or on the move: adds the change-in-gait stop rule and not being able to bear weight. */
export const weightBearingRedFlags: readonly RedFlag[] = [
  sharpPain,
  risingPain,
  alteredGait,
  cannotBearWeight,
  feverWithGroinPain,
  persistingPain,
];

/** For running, cycling and swimming: adds the emergency signs of a heart or lung problem. */
export const cardioRedFlags: readonly RedFlag[] = [chestPainOrBreathlessness, ...weightBearingRedFlags];
