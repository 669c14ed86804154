import type { Evidence, LocalizedText } from "@movekit/core";
import { citeSource } from "./citation";
import { authorsConsensus } from "./sources";

// The numbers the authors chose themselves. The content policy asks for a source for every clinical statement;
// where the sources give no number, the honest source is the authors' consensus, marked as advice, so that the
// clinic reviewing the content knows which numbers to check against its own practice.
// Each call is marked pure so a bundler drops the entries an app's exercises do not use.

const consensus = (claim: LocalizedText): Evidence => citeSource("advice", authorsConsensus, claim);

/** Every exercise: its default dose. */
export const doseConsensus = /* @__PURE__ */ consensus({
  "en-GB":
    "The dose shown (sets, repetitions, hold times, rest, days a week and the pain limit) is the authors' consensus: a cautious starting point the sources do not give as numbers. Your physiotherapist may change it.",
  es: "La dosis indicada (series, repeticiones, tiempo en la postura, descanso, días por semana y límite de dolor) es un consenso de los autores: un punto de partida prudente que las fuentes no dan en cifras. Tu fisioterapeuta puede cambiarla.",
});

/** Every exercise and the programme: the tier given to each warning sign. */
export const warningTierConsensus = /* @__PURE__ */ consensus({
  "en-GB":
    "How urgent each warning sign is, and where to go, follows the NHS, NICE and hospital pages cited for it; where they differ or say nothing (for example feeling faint, or a limp without pain on weight-bearing), the tier is the authors' consensus, erring towards getting checked sooner.",
  es: "La urgencia de cada señal de alarma, y adónde acudir, siguen las páginas del NHS, del NICE y de los hospitales citadas para ella; cuando difieren o no dicen nada (por ejemplo, sensación de desmayo, o una cojera sin dolor al apoyar), el nivel es un consenso de los autores, que se inclina por consultar antes.",
});

/** The programme's rule for making strength work harder: repetitions, then sets, then load. */
export const strengthLoadConsensus = /* @__PURE__ */ consensus({
  "en-GB":
    "The order for making strength work harder (first repetitions up to 12 to 15, then sets up to 3 or 4, then load such as a light band or weight), one change after a week within the pain rule, and one step back if pain reaches 3 out of 10, are the authors' consensus: the sources advise raising load gradually but give no numbers.",
  es: "El orden para hacer más exigente el trabajo de fuerza (primero repeticiones hasta 12 o 15, después series hasta 3 o 4 y luego carga, como una banda suave o un peso), un solo cambio tras una semana dentro de la regla del dolor, y un paso atrás si el dolor llega a 3 sobre 10, son un consenso de los autores: las fuentes aconsejan aumentar la carga poco a poco pero no dan cifras.",
});

/** The programme's own numbers. */
export const programmeConsensus: readonly Evidence[] = [
  strengthLoadConsensus,
  /* @__PURE__ */ consensus({
    "en-GB":
      "The length of each phase (at least one week to settle, at least three weeks to build) and the number of weeks a criterion must hold are the authors' consensus; the sources describe the stages but give no lengths.",
    es: "La duración de cada fase (al menos una semana para calmar el dolor y al menos tres para ganar fuerza) y las semanas que debe cumplirse cada criterio son un consenso de los autores; las fuentes describen las etapas pero no su duración.",
  }),
  /* @__PURE__ */ consensus({
    "en-GB":
      "The exit thresholds (30 minutes of pain-free brisk walking before running; 20 minutes of continuous easy running to finish) are the authors' consensus.",
    es: "Los criterios para pasar de fase (30 minutos de marcha rápida sin dolor antes de correr; 20 minutos de carrera suave continua para terminar) son un consenso de los autores.",
  }),
  /* @__PURE__ */ consensus({
    "en-GB":
      "The pain bands (below 3 out of 10 carry on; 3 to 5 stop for today; 6 to 10 stop and get advice) are the authors' consensus built on the source's limit of mild pain below 3 out of 10; clinics use different cut-offs and can set their own.",
    es: "Las franjas de dolor (menos de 3 sobre 10, sigue; de 3 a 5, para por hoy; de 6 a 10, para y pide consejo) son un consenso de los autores a partir del límite de la fuente de dolor leve por debajo de 3 sobre 10; cada clínica usa sus propios cortes y puede fijarlos.",
  }),
  /* @__PURE__ */ consensus({
    "en-GB":
      "The walk/run steps, the session length and the number of runs a week are the authors' consensus, checked against the running-load studies cited beside them.",
    es: "Los pasos de caminar y correr, la duración de la sesión y el número de salidas por semana son un consenso de los autores, contrastado con los estudios sobre carga de carrera citados junto a ellos.",
  }),
];
