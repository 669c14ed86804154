import type { Phase } from "@movekit/core";
import { citeSource } from "../citation";
import { mettler2019, nhsSprainsStrains, seed000, seed001, seed003 } from "../sources";

/**
 * The first phase: settle the pain. Running pauses; gentle movement, cross-training and education.
 * Part of `hipFlexorReturnToRun` (hip-flexor-return-to-run.ts), which lists the phases in order.
 */
export const settlePhase: Phase = {
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
        "en-GB": "If the pain is moderate or severe, or has lasted more than a few days, a clinician has assessed it.",
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
};
