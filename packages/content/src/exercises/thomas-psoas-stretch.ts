import type { Exercise } from "@movekit/core";
import { citeSource } from "../citation";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { mettler2019, nhsSprainsStrains, seed000, seed003 } from "../sources";

export const thomasPsoasStretch: Exercise = {
  id: "thomas-psoas-stretch",
  slug: "thomas-psoas-stretch",
  language: "en-GB",
  name: {
    "en-GB": "Passive psoas stretch (Thomas test position)",
    es: "Estiramiento pasivo del psoas (posición del test de Thomas)",
  },
  aliases: {
    "en-GB": ["Thomas stretch", "Hanging hip flexor stretch", "Psoas stretch off the bed"],
    es: ["Estiramiento de Thomas", "Estiramiento del psoas en el borde de la cama", "Estiramiento colgando la pierna"],
  },
  summary: {
    "en-GB":
      "Lying back on the edge of a firm bed, you hug one knee to your chest and let the other leg hang. Gravity gently opens the front of the hip without any effort from the sore muscle.",
    es: "Boca arriba en el borde de una cama firme, abrazas una rodilla contra el pecho y dejas colgar la otra pierna. La gravedad abre con suavidad la parte delantera de la cadera sin que el músculo dolorido tenga que hacer esfuerzo.",
  },
  category: "stretch",
  bodyRegions: ["hip", "thigh"],
  targetMuscles: [
    {
      id: "iliopsoas",
      name: { "en-GB": "Iliopsoas (psoas and iliacus)", es: "Psoas ilíaco (psoas e ilíaco)" },
      primary: true,
    },
    { id: "rectus-femoris", name: { "en-GB": "Rectus femoris", es: "Recto femoral" } },
  ],
  equipment: [
    {
      id: "firm-high-bed",
      name: { "en-GB": "A firm bed or treatment table", es: "Una cama firme o una camilla" },
      substitutions: [
        {
          id: "padded-sturdy-table",
          name: { "en-GB": "A sturdy table padded with a blanket", es: "Una mesa resistente cubierta con una manta" },
        },
      ],
    },
  ],
  position: "supine",
  laterality: "unilateral",
  difficulty: "beginner",
  goals: ["flexibility", "mobility"],
  startPosition: {
    "en-GB":
      "Sit right on the end of a firm bed. Hug both knees to your chest and roll back so you are lying on the bed with your bottom at the very edge.",
    es: "Siéntate justo en el borde de una cama firme. Abraza las dos rodillas contra el pecho y rueda hacia atrás hasta quedar boca arriba sobre la cama, con los glúteos justo en el borde.",
  },
  steps: [
    {
      "en-GB": "Keep one knee hugged to your chest with both hands; this keeps your lower back flat.",
      es: "Mantén una rodilla abrazada contra el pecho con las dos manos; así la zona lumbar se queda plana.",
    },
    {
      "en-GB": "Slowly let the other leg lower over the edge of the bed and hang, with the knee relaxed.",
      es: "Deja que la otra pierna baje despacio por el borde de la cama y cuelgue, con la rodilla relajada.",
    },
    {
      "en-GB": "Relax and let the weight of the leg open the front of the hip. Hold, breathing slowly.",
      es: "Relájate y deja que el peso de la pierna abra la parte delantera de la cadera. Mantén la postura respirando despacio.",
    },
    {
      "en-GB":
        "To come out, keep both hands on the hugged knee. Bend the hanging knee and bring that leg up slowly to join the other one; only then roll onto your side and push up to sit. Never let go of the hugged knee while you are at the edge of the bed. Swap sides.",
      es: "Para salir, mantén las dos manos en la rodilla abrazada. Dobla la rodilla de la pierna que cuelga y súbela despacio hasta juntarla con la otra; solo entonces gira de lado y empújate para sentarte. No sueltes nunca la rodilla abrazada mientras estés en el borde de la cama. Cambia de lado.",
    },
  ],
  cues: [
    {
      role: "setup",
      kind: "do",
      text: { "en-GB": "Bottom right at the edge of the bed.", es: "Glúteos justo en el borde de la cama." },
    },
    {
      role: "form",
      kind: "do",
      text: {
        "en-GB": "Keep the other knee hugged close to your chest.",
        es: "Mantén la otra rodilla bien abrazada contra el pecho.",
      },
    },
    {
      role: "movement",
      kind: "dont",
      text: {
        "en-GB": "Don't push the leg down or bounce: let it hang.",
        es: "No empujes la pierna hacia abajo ni hagas rebotes: déjala colgar.",
      },
    },
    {
      role: "breathing",
      kind: "do",
      text: {
        "en-GB": "Breathe out slowly and let the hip relax.",
        es: "Suelta el aire despacio y deja que la cadera se relaje.",
      },
    },
    {
      role: "safety",
      kind: "do",
      text: {
        "en-GB": "Keep hold of the hugged knee; bend the hanging knee to bring that leg up first, then roll.",
        es: "No sueltes la rodilla abrazada; dobla la rodilla que cuelga para subir esa pierna primero y después gira.",
      },
    },
  ],
  commonMistakes: [
    {
      "en-GB": "Letting the hugged knee drift away, so the lower back arches instead of the hip stretching.",
      es: "Dejar que la rodilla abrazada se aleje, de modo que se arquea la zona lumbar en lugar de estirarse la cadera.",
    },
    {
      "en-GB": "Forcing the hanging leg down to feel a stronger stretch.",
      es: "Forzar la pierna que cuelga hacia abajo para notar más estiramiento.",
    },
    {
      "en-GB":
        "Letting go of the hugged knee to reach for the hanging leg: your back arches and you can slide off the edge of a high bed.",
      es: "Soltar la rodilla abrazada para coger la pierna que cuelga: la espalda se arquea y puedes resbalar del borde de una cama alta.",
    },
    {
      "en-GB": "Lifting the hanging leg back up with the knee straight; bend the knee first so the lift is light.",
      es: "Volver a subir la pierna que cuelga con la rodilla estirada; dobla antes la rodilla para que la subida sea ligera.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "A gentle stretch across the front of the hip and top of the thigh on the hanging side. It should feel easy and should not cause pain.",
    es: "Un estiramiento suave en la parte delantera de la cadera y en lo alto del muslo del lado que cuelga. Debe resultar fácil y no debe causar dolor.",
  },
  contraindications: [
    {
      id: "recent-strain",
      severity: "relative",
      text: {
        "en-GB":
          "The first two to three days after a strain: a sudden pain at the front of the hip while running, sprinting or kicking.",
        es: "Los dos o tres primeros días después de una distensión: un dolor repentino delante de la cadera al correr, esprintar o dar una patada.",
      },
      modification: {
        "en-GB":
          "Leave the stretch out for now and use ice and relative rest. Start once walking is comfortable, letting the leg hang only a little, and stop if it brings the pain back.",
        es: "Por ahora no hagas el estiramiento y usa frío y reposo relativo. Empieza cuando caminar te resulte cómodo, dejando colgar la pierna solo un poco, y para si vuelve el dolor.",
      },
    },
    {
      id: "pinch-hugged-hip",
      severity: "relative",
      text: {
        "en-GB": "A pinching pain deep in the front of the hip you are hugging to your chest.",
        es: "Un dolor como un pellizco en la parte profunda delantera de la cadera que abrazas contra el pecho.",
      },
      modification: {
        "en-GB":
          "Hug that knee less far, just enough to keep your lower back flat, and let it drift slightly out to the side. If the pinch stays, stop and use the half-kneeling hip-flexor stretch instead.",
        es: "Abraza esa rodilla menos, solo lo justo para que la zona lumbar quede plana, y déjala irse un poco hacia fuera. Si el pellizco sigue, para y haz en su lugar el estiramiento de flexores de cadera con una rodilla en el suelo.",
      },
    },
    {
      id: "recent-hip-surgery",
      severity: "relative",
      text: {
        "en-GB": "Recent hip surgery, including a hip replacement.",
        es: "Una operación de cadera reciente, incluida una prótesis de cadera.",
      },
      modification: {
        "en-GB": "Ask your surgeon or physiotherapist first: taking the hip backwards may be limited after surgery.",
        es: "Consulta antes a tu cirujano o fisioterapeuta: llevar la cadera hacia atrás puede estar limitado después de la operación.",
      },
    },
    {
      id: "back-pain-lying-back",
      severity: "relative",
      text: {
        "en-GB": "Lower-back pain when you lie back over the edge of the bed.",
        es: "Dolor lumbar al tumbarte hacia atrás en el borde de la cama.",
      },
      modification: {
        "en-GB":
          "Hug the other knee closer and let the leg hang only a little. If it still hurts, use the half-kneeling hip-flexor stretch instead.",
        es: "Abraza más la otra rodilla y deja colgar la pierna solo un poco. Si sigue doliendo, haz en su lugar el estiramiento de flexores de cadera con una rodilla en el suelo.",
      },
    },
    {
      id: "unsteady-on-high-bed",
      severity: "relative",
      text: {
        "en-GB": "Difficulty getting on and off a high bed safely.",
        es: "Dificultad para subir y bajar de una cama alta con seguridad.",
      },
      modification: {
        "en-GB": "Use a lower, firm bed and have someone nearby the first few times.",
        es: "Usa una cama firme más baja y pide a alguien que esté cerca las primeras veces.",
      },
    },
  ],
  redFlags: [...exerciseRedFlags],
  regressions: [],
  progressions: [],
  evidence: [
    citeSource("advice", nhsSprainsStrains, {
      "en-GB":
        "NHS self-care advice for a strain is rest and ice for the first couple of days, and gentle movement once pain no longer stops you, so a stretch waits until then.",
      es: "Los consejos de autocuidado del NHS para una distensión son reposo y frío los primeros días, y movimiento suave cuando el dolor ya no lo impida, así que el estiramiento espera hasta entonces.",
    }),
    citeSource("advice", seed000, {
      "en-GB":
        "Stretching the psoas passively, for example lying back in the Thomas test position, may preserve its length during the settling period without irritating it further.",
      es: "Un estiramiento pasivo del psoas, como tumbarse en la posición del test de Thomas, puede ayudar a conservar la longitud del músculo mientras se calma, sin irritarlo más.",
    }),
    citeSource("evidence", mettler2019, {
      "en-GB":
        "In runners whose hips extended less than normal, three weeks of hip-flexor stretching increased passive hip range but did not change hip extension, pelvic tilt or lower-back movement while running.",
      es: "En corredores con poca extensión de cadera, tres semanas de estiramientos de flexores de cadera aumentaron el rango pasivo de la cadera, pero no cambiaron la extensión de cadera, la inclinación de la pelvis ni el movimiento lumbar al correr.",
    }),
    citeSource("advice", seed003, {
      "en-GB":
        "A tight feeling describes how the hip feels, not what is wrong with it: it can come from tiredness or low load tolerance, so stretching is a comfort measure here, not the main treatment.",
      es: "Notar la cadera tensa es una sensación, no un diagnóstico: puede reflejar cansancio o poca tolerancia a la carga, así que aquí el estiramiento sirve para aliviar esa sensación, no es el tratamiento principal.",
    }),
    ...warningSignEvidence(exerciseRedFlags),
    doseConsensus,
    warningTierConsensus,
  ],
  provenance,
  defaultDosage: {
    sets: 2,
    holdSeconds: 30,
    perSide: true,
    restBetweenSetsSeconds: 15,
    intensity: { painCeiling: 2 },
    frequency: { timesPerDay: 1 },
  },
};
