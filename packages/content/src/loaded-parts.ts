import type { Contraindication, Equipment, Evidence, Exercise, LocalizedText } from "@movekit/core";
import { citeSource } from "./citation";
import { authorsConsensus, seed002, seed003 } from "./sources";

// Shared pieces of the loaded progressions (band or light weight added to a body-weight exercise), so each
// variant states the same equipment, caution and sources in the same words.

export const lightBand: Equipment = {
  id: "resistance-band-loop",
  name: {
    "en-GB": "A light resistance band loop (mini band)",
    es: "Una banda elástica circular suave (minibanda)",
  },
  substitutions: [
    {
      id: "long-band-tied",
      name: {
        "en-GB": "A long light resistance band tied in a loop",
        es: "Una banda elástica larga y suave anudada en círculo",
      },
    },
  ],
};

export const bandAllergy: Contraindication = {
  id: "latex-allergy",
  severity: "relative",
  text: {
    "en-GB": "An allergy to latex, which many exercise bands are made of.",
    es: "Alergia al látex, material del que están hechas muchas bandas elásticas.",
  },
  modification: {
    "en-GB": "Use a latex-free band, or a fabric band, and keep it over clothing.",
    es: "Usa una banda sin látex, o una de tela, y colócala por encima de la ropa.",
  },
};

/**
 * The sources behind adding load once body weight is easy: strength built up step by step. The calls are marked
 * pure so that a variant that does not cite them (weighted leg lowering) does not bundle them or their sources.
 */
export const strengthLoadingEvidence: readonly Evidence[] = [
  /* @__PURE__ */ citeSource("advice", seed003, {
    "en-GB":
      "Muscles around the hip respond to strengthening that is increased gradually; building their capacity matters more than stretching.",
    es: "Los músculos de alrededor de la cadera responden a un fortalecimiento que aumenta poco a poco; ganar capacidad importa más que estirar.",
  }),
  /* @__PURE__ */ citeSource("advice", seed002, {
    "en-GB":
      "Pain often comes when the load asked of the tissues is more than they can currently take; strength work raises what they can take.",
    es: "El dolor suele aparecer cuando la carga que se pide a los tejidos supera lo que toleran en ese momento; el trabajo de fuerza aumenta lo que pueden tolerar.",
  }),
];

/** The authors' consensus for the chosen load; the sources name no band strength or weight. */
export function loadConsensus(load: LocalizedText): Evidence {
  return citeSource("advice", authorsConsensus, {
    "en-GB": `The starting load (${load["en-GB"]}) and when to add it are the authors' consensus: the sources advise building strength gradually but give no band strength or weight. Add load only when the body-weight version is easy, and go back a step if pain rises.`,
    es: `La carga inicial (${load.es}) y el momento de añadirla son un consenso de los autores: las fuentes aconsejan ganar fuerza poco a poco pero no indican la resistencia de la banda ni el peso. Añade carga solo cuando la versión con tu peso corporal te resulte fácil, y vuelve un paso atrás si aumenta el dolor.`,
  });
}

/** The base exercise's cues without the clip's timings (the loaded variant has no clip of its own). */
export function untimedCues(base: Exercise): Exercise["cues"] {
  return base.cues.map(({ time: _time, ...cue }) => cue);
}

/** Criteria shared by every loaded variant's step back to its body-weight version. */
export const backToBodyWeight: LocalizedText = {
  "en-GB":
    "If you cannot keep good form through every repetition with the load, or pain reaches 3 out of 10 or has not settled by the next morning.",
  es: "Si no puedes mantener una buena técnica en cada repetición con la carga, o el dolor llega a 3 sobre 10 o no se ha calmado a la mañana siguiente.",
};
