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
    "Frandsen JSB, et al. How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study. Br J Sports Med. 2025;59(17):1203-1210.",
  doi: "10.1136/bjsports-2024-109380",
};

/**
 * What the running-load evidence does and does not show, for help text next to running-plan warnings.
 * Sources: Buist et al. 2008, Nielsen et al. 2014, Frandsen et al. 2025 (hazard ratios from its abstract), the
 * source texts' 10% advice, and the authors' own choices where no study gives a number.
 */
export const RUNNING_LOAD_EVIDENCE: {
  weeklyRise: LocalizedText;
  singleRun: LocalizedText;
  /** Frandsen's three spike sizes and what each was linked to. */
  spikeBands: LocalizedText;
  /** The study measured distance; the kit measures time. */
  timeForDistance: LocalizedText;
  /** The doubling and 30-second walk-break limits: the authors' consensus, not a study's finding. */
  boutsAndBreaks: LocalizedText;
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
  spikeBands: {
    "en-GB":
      "The study graded how much longer the run was: more than 10% up to 30% longer (injury rate about 1.6 times that of runs with no spike), more than 30% up to 100% longer (about 1.5 times) and more than double (about 2.3 times). The checks name the band of each long run.",
    es: "El estudio clasificó cuánto más larga era la salida: de más de un 10 % hasta un 30 % más larga (una tasa de lesiones de alrededor de 1,6 veces la de las salidas sin ese aumento), de más de un 30 % hasta el doble (alrededor de 1,5 veces) y más del doble (alrededor de 2,3 veces). Las comprobaciones indican el tramo de cada salida larga.",
  },
  timeForDistance: {
    "en-GB":
      "That study measured the distance of each run. This plan counts minutes of running instead, because walk/run sessions are set by the clock: at the steady, easy pace of a return to running, time stands in for distance, but it is our adaptation, not what was measured.",
    es: "Ese estudio midió la distancia de cada salida. Este plan cuenta minutos de carrera, porque las sesiones de caminar y correr se marcan con el reloj: al ritmo suave y constante de la vuelta a correr, el tiempo sustituye a la distancia, pero es una adaptación nuestra, no lo que se midió.",
  },
  boutsAndBreaks: {
    "en-GB":
      "Two more checks are our own choice, agreed by the authors rather than tested in a trial: the longest stretch of running without a walk should no more than double from one week to the next, and a walk break should last at least 30 seconds (or be left out), because a few seconds of walking is not a rest.",
    es: "Otras dos comprobaciones son una elección nuestra, acordada por los autores y no probada en un ensayo: el tramo más largo corriendo sin caminar no debería más que duplicarse de una semana a la siguiente, y cada pausa caminando debería durar al menos 30 segundos (o no hacerse), porque caminar unos segundos no es descansar.",
  },
  limits: {
    "en-GB":
      "These are associations from an observational study, not proof that staying under the limit keeps you injury-free. Treat the warnings as prompts to check the plan with your physiotherapist, and let pain guide you.",
    es: "Son asociaciones de un estudio observacional, no la prueba de que mantenerse por debajo del límite evite lesiones. Toma los avisos como una invitación a revisar el plan con tu fisioterapeuta y guíate por el dolor.",
  },
  references: [BUIST_2008, NIELSEN_2014, FRANDSEN_2025],
};
