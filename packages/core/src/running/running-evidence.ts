import type { Reference } from "../model/evidence-schema";
import type { LocalizedText } from "../model/localized-text";

export const BUIST_2008: Reference = {
  citation:
    "Buist I, Bredeweg SW, van Mechelen W, Lemmink KAPM, Pepping GJ, Diercks RL. No effect of a graded training program on the number of running-related injuries in novice runners: a randomized controlled trial. Am J Sports Med. 2008;36(1):33-39.",
  doi: "10.1177/0363546507307505",
};

export const NIELSEN_2014: Reference = {
  citation:
    "Nielsen RO, Parner ET, Nohr EA, Sørensen H, Lind M, Rasmussen S. Excessive progression in weekly running distance and risk of running-related injuries: an association which varies according to type of injury. J Orthop Sports Phys Ther. 2014;44(10):739-747.",
};

export const FRANDSEN_2025: Reference = {
  citation:
    "Frandsen JSB, et al. How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study. Br J Sports Med. 2025.",
};

/**
 * What the running-load evidence does and does not show, for help text next to running-plan warnings.
 * Sources: safety-anchors §5.5 (Buist 2008, Nielsen 2014, Frandsen 2025) and the seed texts' 10% advice.
 */
export const RUNNING_LOAD_EVIDENCE: {
  weeklyRise: LocalizedText;
  singleRun: LocalizedText;
  limits: LocalizedText;
  references: readonly Reference[];
} = {
  weeklyRise: {
    "en-GB":
      "Adding no more than 10% a week is common advice, and the source texts give it. It has not been shown to prevent injury: in a trial of 532 new runners, a programme built on it had the same injury rate as a faster one (about 21% in both; Buist et al. 2008).",
    es: "Aumentar como máximo un 10 % por semana es un consejo habitual y aparece en los textos de origen. No se ha demostrado que prevenga lesiones: en un ensayo con 532 corredores principiantes, un programa basado en esa regla tuvo la misma tasa de lesiones que otro más rápido (alrededor del 21 % en ambos; Buist et al. 2008).",
  },
  singleRun: {
    "en-GB":
      "A single run more than 10% longer than your longest run of the previous 30 days was linked to a higher injury rate in a study of over 5,000 runners (Frandsen et al. 2025). Week-to-week changes in total running were not.",
    es: "Una sola carrera más de un 10 % más larga que la más larga de los 30 días anteriores se asoció a más lesiones en un estudio con más de 5000 corredores (Frandsen et al. 2025). Los cambios semanales del volumen total no.",
  },
  limits: {
    "en-GB":
      "These are associations from an observational study, not proof that staying under the limit keeps you injury-free. Treat the warnings as prompts to check the plan with your physiotherapist, and let pain guide you.",
    es: "Son asociaciones de un estudio observacional, no la prueba de que mantenerse por debajo del límite evite lesiones. Toma los avisos como una invitación a revisar el plan con tu fisioterapeuta y guíate por el dolor.",
  },
  references: [BUIST_2008, NIELSEN_2014, FRANDSEN_2025],
};
