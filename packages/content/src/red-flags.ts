import type { RedFlag } from "@movekit/core";

// Stop rules and warning signs shared by many exercises. The stop rules (sharp pain, pain that builds, a change
// in how you walk or run) and the advice to get persisting or moderate-to-severe pain assessed come from the
// psoas source text; the urgent and emergency tiers follow NHS care-card levels (see docs/content-model.md), and
// each sign's sources are in red-flag-evidence.ts and docs/clinical-review.md. Where a sign and its action differ
// between sources, the sooner route wins.

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
      "Stop now and do not run or exercise through it. Get home the shortest way, by car or public transport rather than a long walk. Do not run again until your physiotherapist or GP has assessed your hip: ask for an appointment within a day or two. If you cannot put weight on the leg at all, get help today.",
    es: "Para ahora y no sigas corriendo ni haciendo ejercicio con dolor. Vuelve a casa por el camino más corto, mejor en coche o en transporte público que caminando mucho rato. No vuelvas a correr hasta que tu fisioterapeuta o tu médico de familia te hayan valorado la cadera: pide cita para los próximos uno o dos días. Si no puedes apoyar nada la pierna, pide ayuda hoy mismo.",
  },
};

export const cannotBearWeight: RedFlag = {
  id: "cannot-bear-weight",
  urgency: "urgent",
  text: {
    "en-GB":
      "You cannot put weight on the leg, or cannot walk, whatever the cause: after a fall or a sudden pain, or with pain that has built up over days or weeks.",
    es: "No puedes apoyar peso en la pierna, o no puedes caminar, sea cual sea la causa: tras una caída o un dolor repentino, o con un dolor que ha ido aumentando durante días o semanas.",
  },
  action: {
    "en-GB":
      "Do not try to walk it off or exercise. Get seen today: go to an urgent treatment centre or A&E, or call NHS 111 to ask where to go. Call the emergency services if you have fallen and cannot get up, or the leg looks out of shape.",
    es: "No intentes caminar para que se pase ni hagas ejercicio. Haz que te vean hoy: acude a un centro de atención urgente o a urgencias del hospital, o llama al teléfono de consejo sanitario para saber adónde ir. Llama a emergencias si te has caído y no puedes levantarte o si la pierna se ve deformada.",
  },
};

export const femoralNeckBoneStress: RedFlag = {
  id: "bone-stress-hip",
  urgency: "urgent",
  text: {
    "en-GB":
      "Groin or deep front-of-hip pain that comes on or builds with running, hopping or long walks, especially if it now aches at night or at rest, or makes you limp.",
    es: "Dolor en la ingle o en la parte profunda delante de la cadera que aparece o va a más al correr, saltar o caminar mucho rato, sobre todo si ya duele por la noche o en reposo, o te hace cojear.",
  },
  action: {
    "en-GB":
      "Stop running and hopping now. Get assessed the same day by your GP, an urgent care service or your physiotherapist: this can be a stress injury of the neck of the thigh bone, which needs an X-ray or MRI and is easily mistaken for a hip-flexor strain. Until then walk as little as you can; if you cannot put weight on the leg, go to A&E.",
    es: "Deja de correr y de saltar ahora. Haz que te valoren hoy mismo tu médico de familia, un servicio de urgencias o tu fisioterapeuta: puede ser una lesión por estrés del cuello del fémur, que necesita una radiografía o una resonancia y se confunde con facilidad con una distensión de los flexores de cadera. Hasta entonces, camina lo menos posible; si no puedes apoyar la pierna, ve a urgencias del hospital.",
  },
};

export const caudaEquina: RedFlag = {
  id: "cauda-equina-signs",
  urgency: "emergency",
  text: {
    "en-GB":
      "New numbness or tingling between your legs or around your genitals or back passage (for example when you wipe after the toilet), new trouble passing or holding urine or stools, or weakness or numbness in both legs.",
    es: "Entumecimiento u hormigueo nuevos entre las piernas o alrededor de los genitales o del ano (por ejemplo, al limpiarte después de ir al baño), dificultad nueva para orinar o para retener la orina o las heces, o debilidad o entumecimiento en las dos piernas.",
  },
  action: {
    "en-GB":
      "Go to A&E now; do not wait for an appointment. These can be signs of cauda equina syndrome, pressure on the nerves at the base of the spine, which needs treating within hours.",
    es: "Ve ahora a urgencias del hospital; no esperes a tener cita. Pueden ser signos del síndrome de cola de caballo, una compresión de los nervios de la parte baja de la columna que hay que tratar en cuestión de horas.",
  },
};

export const legNerveSymptoms: RedFlag = {
  id: "new-leg-numbness-or-weakness",
  urgency: "urgent",
  text: {
    "en-GB":
      "New numbness, pins and needles or weakness in one leg or foot, such as a foot that catches or slaps on the ground as you walk.",
    es: "Entumecimiento, hormigueo o debilidad nuevos en una pierna o un pie, como un pie que se engancha o golpea el suelo al caminar.",
  },
  action: {
    "en-GB":
      "Stop exercising and get medical advice today from your GP surgery or NHS 111. If both legs are affected, or you also have numbness between your legs or changes in your bladder or bowels, go to A&E now.",
    es: "No hagas más ejercicio y pide consejo médico hoy en tu centro de salud o en el teléfono de consejo sanitario. Si te afecta a las dos piernas, o además notas entumecimiento entre las piernas o cambios al orinar o al hacer de vientre, ve ahora a urgencias del hospital.",
  },
};

export const nightPainOrWeightLoss: RedFlag = {
  id: "night-pain-or-weight-loss",
  urgency: "urgent",
  text: {
    "en-GB": "Hip or groin pain that wakes you at night or does not ease with rest, or weight loss you cannot explain.",
    es: "Dolor de cadera o de ingle que te despierta por la noche o que no se alivia con el reposo, o una pérdida de peso que no sabes explicar.",
  },
  action: {
    "en-GB":
      "Stop the exercises that bring it on and ask your GP surgery for an urgent appointment, within a day or two. Tell them about the night pain or the weight loss: causes other than a muscle or tendon problem need ruling out.",
    es: "Deja los ejercicios que lo provocan y pide una cita urgente con tu médico de familia, en uno o dos días. Cuéntale el dolor nocturno o la pérdida de peso: hay que descartar causas distintas de un problema de músculo o de tendón.",
  },
};

export const adolescentLimp: RedFlag = {
  id: "limp-while-still-growing",
  urgency: "urgent",
  text: {
    "en-GB":
      "If you are still growing (roughly 9 to 16 years old): a limp together with pain in the hip, groin, thigh or knee.",
    es: "Si todavía estás creciendo (más o menos entre los 9 y los 16 años): cojera junto con dolor en la cadera, la ingle, el muslo o la rodilla.",
  },
  action: {
    "en-GB":
      "Stop running, sport and these exercises, and get seen today by a GP or an urgent care service, who may arrange a hip X-ray. A slipped growth plate at the hip (SUFE) shows up this way, sometimes only as knee pain, and is easily mistaken for a strain. If you cannot put weight on the leg, go to A&E.",
    es: "Deja de correr, de hacer deporte y estos ejercicios, y haz que te vea hoy un médico de familia o un servicio de urgencias, que puede pedir una radiografía de cadera. Un deslizamiento de la epífisis femoral (el cartílago de crecimiento de la cadera) se presenta así, a veces solo como dolor de rodilla, y se confunde con facilidad con una distensión. Si no puedes apoyar la pierna, ve a urgencias del hospital.",
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
    "en-GB": "Chest pain, pressure or tightness, or sudden breathlessness that does not ease when you stop.",
    es: "Dolor, presión u opresión en el pecho, o falta de aire repentina que no mejora al parar.",
  },
  action: {
    "en-GB": "Stop at once and call the emergency services.",
    es: "Para de inmediato y llama a los servicios de emergencia.",
  },
};

/** Feeling faint is a stop-exercising sign (cardiac-rehabilitation stopping rules), not an emergency on its own. */
export const feelingFaint: RedFlag = {
  id: "feeling-faint",
  urgency: "stop-exercising",
  text: {
    "en-GB":
      "Feeling faint, dizzy or light-headed, feeling sick, or a racing or irregular heartbeat while you exercise.",
    es: "Sensación de desmayo, mareo o aturdimiento, náuseas, o el corazón acelerado o irregular mientras haces ejercicio.",
  },
  action: {
    "en-GB":
      "Stop, and sit or lie down until it passes. Do not exercise again today, and speak to your GP before your next session. If it comes with chest pain or breathlessness, or you faint, call the emergency services.",
    es: "Para y siéntate o túmbate hasta que se te pase. No vuelvas a hacer ejercicio hoy y habla con tu médico antes de la próxima sesión. Si se acompaña de dolor en el pecho o falta de aire, o llegas a desmayarte, llama a emergencias.",
  },
};

// The sets below are built by a call marked pure rather than with array spreads, which bundlers keep even when
// unused: an app that imports one mat exercise then does not bundle the running-only signs.
function flagList(...items: readonly (RedFlag | readonly RedFlag[])[]): readonly RedFlag[] {
  return items.flat();
}

/**
 * Signs of a problem other than a muscle or tendon strain, which every exercise and the programme carry: a bone
 * stress injury, nerve compression, a slipped growth plate, infection or another serious cause.
 */
export const seriousPathologyRedFlags: readonly RedFlag[] = [
  caudaEquina,
  legNerveSymptoms,
  cannotBearWeight,
  femoralNeckBoneStress,
  adolescentLimp,
  nightPainOrWeightLoss,
  feverWithGroinPain,
];

/** The set most floor and mat exercises carry. */
export const exerciseRedFlags: readonly RedFlag[] = /* @__PURE__ */ flagList(
  sharpPain,
  risingPain,
  seriousPathologyRedFlags,
  persistingPain,
);

/** For exercises done standing or on the move: adds the change-in-gait stop rule. */
export const weightBearingRedFlags: readonly RedFlag[] = /* @__PURE__ */ flagList(
  sharpPain,
  risingPain,
  alteredGait,
  seriousPathologyRedFlags,
  persistingPain,
);

/** For running: adds the signs of a heart or lung problem (emergency) and of feeling faint (stop exercising). */
export const cardioRedFlags: readonly RedFlag[] = /* @__PURE__ */ flagList(
  chestPainOrBreathlessness,
  feelingFaint,
  weightBearingRedFlags,
);

/** For cycling and swimming: the heart and lung signs, without the walking-gait rule. */
export const crossTrainingRedFlags: readonly RedFlag[] = /* @__PURE__ */ flagList(
  chestPainOrBreathlessness,
  feelingFaint,
  exerciseRedFlags,
);

/** The programme carries every sign. */
export const programmeRedFlags: readonly RedFlag[] = cardioRedFlags;
