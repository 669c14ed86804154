import type { Exercise } from "@movekit/core";
import { doseConsensus, warningTierConsensus } from "../consensus";
import { provenance } from "../provenance";
import { warningSignEvidence } from "../red-flag-evidence";
import { exerciseRedFlags } from "../red-flags";
import { cite } from "../references";

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
        "To come out, lift the hanging leg back to your chest with your hands, then roll onto your side to sit up. Swap sides.",
      es: "Para salir, lleva con las manos la pierna que cuelga de nuevo al pecho y gira de lado para incorporarte. Cambia de lado.",
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
        "en-GB": "Use your hands to lift the leg back up; don't kick it up with the hip.",
        es: "Usa las manos para volver a subir la pierna; no la levantes con un impulso de la cadera.",
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
      "en-GB": "Lifting the straight leg back up with the hip flexor instead of using your hands.",
      es: "Volver a subir la pierna estirada con el flexor de cadera en lugar de ayudarte con las manos.",
    },
  ],
  whatYouShouldFeel: {
    "en-GB":
      "A gentle stretch across the front of the hip and top of the thigh on the hanging side. It should feel easy and should not cause pain.",
    es: "Un estiramiento suave en la parte delantera de la cadera y en lo alto del muslo del lado que cuelga. Debe resultar fácil y no debe causar dolor.",
  },
  contraindications: [
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
    cite("advice", "seed000", {
      "en-GB":
        "Stretching the psoas passively, for example lying back in the Thomas test position, may preserve its length during the settling period without irritating it further.",
      es: "Un estiramiento pasivo del psoas, como tumbarse en la posición del test de Thomas, puede ayudar a conservar la longitud del músculo mientras se calma, sin irritarlo más.",
    }),
    cite("evidence", "mettler2019", {
      "en-GB":
        "In runners whose hips extended less than normal, three weeks of hip-flexor stretching increased passive hip range but did not change hip extension, pelvic tilt or lower-back movement while running.",
      es: "En corredores con poca extensión de cadera, tres semanas de estiramientos de flexores de cadera aumentaron el rango pasivo de la cadera, pero no cambiaron la extensión de cadera, la inclinación de la pelvis ni el movimiento lumbar al correr.",
    }),
    cite("advice", "seed003", {
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
