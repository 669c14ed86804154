import type { dosageMessages } from "../../i18n/messages/dosage";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `dosageMessages`; keys it leaves out fall back to en-GB. */
export const dosage = {
  "dosage.setsOfReps": {
    one: "{sets} serie de {reps}",
    other: "{sets} series de {reps}",
  },
  "dosage.reps": {
    one: "{count} repetición",
    other: "{count} repeticiones",
  },
  "dosage.holds": {
    one: "{sets} vez manteniendo la postura {time}",
    other: "{sets} veces manteniendo la postura {time}",
  },
  "dosage.setsOfTime": {
    one: "{sets} ronda de {time}",
    other: "{sets} rondas de {time}",
  },
  "dosage.intervals": {
    one: "{work} y luego {recovery}, una vez",
    other: "{work} y luego {recovery}, {count} veces",
  },
  "dosage.interval.run": "{time} corriendo",
  "dosage.interval.jog": "{time} trotando",
  "dosage.interval.walk": "{time} caminando",
  "dosage.interval.cycle": "{time} pedaleando",
  "dosage.interval.swim": "{time} nadando",
  "dosage.interval.rest": "{time} descansando",
  "dosage.compactIntervals": "{count} × {work} / {recovery}",
  "dosage.intervalShort.run": "{time} correr",
  "dosage.intervalShort.jog": "{time} trote",
  "dosage.intervalShort.walk": "{time} caminar",
  "dosage.intervalShort.cycle": "{time} pedalear",
  "dosage.intervalShort.swim": "{time} nadar",
  "dosage.intervalShort.rest": "{time} descanso",
  "dosage.eachSide": " por cada lado",
  "dosage.holdEach": "mantén cada una {time}",
  "dosage.holdFor": "mantén {time}",
  "dosage.tempoLower": "baja en {time}",
  "dosage.tempoPause": "pausa de {time}",
  "dosage.tempoLift": "sube en {time}",
  "dosage.tempoPauseTop": "pausa de {time} arriba",
  "dosage.loadBodyweight": "con tu peso corporal",
  "dosage.loadWeight": "con {weight}",
  "dosage.loadBand.light": "con una banda elástica suave",
  "dosage.loadBand.medium": "con una banda elástica media",
  "dosage.loadBand.heavy": "con una banda elástica fuerte",
  "dosage.loadRpe": "con un esfuerzo de {value} sobre 10",
  "dosage.restSets": "descansa {time} entre series",
  "dosage.restSides": "descansa {time} entre lados",
  "dosage.painCeiling": "mantén el dolor en {value} sobre 10 o menos",
  "dosage.rpeCeiling": "mantén el esfuerzo en {value} sobre 10 o menos",
  "dosage.timesPerDay": {
    one: "una vez al día",
    other: "{count} veces al día",
  },
  "dosage.twicePerDay": "dos veces al día",
  "dosage.daysPerWeek": {
    one: "{count} día a la semana",
    other: "{count} días a la semana",
  },
  "dosage.onDays": "los {days}",
  "dosage.weeks": {
    one: "durante {count} semana",
    other: "durante {count} semanas",
  },
  "dosage.compactEachSide": "por lado",
  "dosage.compactHold": "{time} mantenido",
  "dosage.sessionTime": {
    one: "Alrededor de {count} minuto",
    other: "Alrededor de {count} minutos",
  },
  "dosage.label": "Dosis",
  "dosage.compactLabel": "En resumen",
  "dosage.sessionTimeLabel": "Tiempo",
} satisfies TableOf<typeof dosageMessages>;
