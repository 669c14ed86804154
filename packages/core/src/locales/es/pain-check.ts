import type { painCheckMessages } from "../../i18n/messages/pain-check";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `painCheckMessages`; keys it leaves out fall back to en-GB. */
export const painCheck = {
  "painCheck.heading": "¿Cómo está tu dolor?",
  "painCheck.intro":
    "Puntúa tu dolor de 0 (sin dolor) a 10 (el peor dolor que puedas imaginar). Usa las flechas o arrastra.",
  "painCheck.measure.during": "Dolor durante el ejercicio",
  "painCheck.measure.after": "Dolor justo después del ejercicio",
  "painCheck.measure.nextMorning": "Dolor a la mañana siguiente",
  "painCheck.anchor.0": "Sin dolor",
  "painCheck.anchor.5": "Dolor moderado",
  "painCheck.anchor.10": "El peor dolor imaginable",
  "painCheck.valueText": "{value} sobre 10",
  "painCheck.notAnswered": "Sin responder",
  "painCheck.trend.legend": "Comparados con la semana pasada, tu dolor y tu rigidez están",
  "painCheck.trend.better": "Mejor",
  "painCheck.trend.same": "Más o menos igual",
  "painCheck.trend.worse": "Peor",
  "painCheck.redFlags.legend": "¿Tienes alguna de estas señales de alarma?",
  "painCheck.redFlags.announce": "Has marcado una señal de alarma. Lee los consejos de seguridad en Qué hacer.",
  "painCheck.result.heading": "Qué hacer",
  "painCheck.result.empty": "Puntúa tu dolor para ver qué hacer a continuación.",
  "painCheck.whatToDo": "Qué hacer:",
  "painCheck.action.continue": "Continúa",
  "painCheck.action.modify": "Reduce",
  "painCheck.action.stop-today": "Para por hoy",
  "painCheck.action.stop-and-contact": "Para y contacta con tu profesional sanitario",
  "painCheck.action.urgent": "Para y pide consejo médico hoy mismo",
  "painCheck.action.emergency": "Para y pide ayuda urgente ahora",
  "painCheck.band": "Tu puntuación de {score} está en la franja de {min} a {max}:",
  "painCheck.bandPlain": "Tu puntuación de {score} está en la franja de {min} a {max}.",
  "painCheck.incomplete": "Para saber qué hacer, responde: {missing}. Hasta entonces, no hagas más ejercicio.",
  "painCheck.trend.short": "comparado con la semana pasada",
  "painCheck.reason.warning-sign": "Has marcado una señal de alarma: sigue sus indicaciones.",
  "painCheck.reason.unanswered": "Aún sin responder: {reading}.",
  "painCheck.reason.invalid-reading":
    "No se ha podido leer esta respuesta, así que cuenta como la puntuación más alta: {reading}.",
  "painCheck.reason.invalid-rule": "No se ha podido leer la regla del dolor, así que lo seguro es parar.",
  "painCheck.source": "Límites de dolor según: {source}",
  "painCheck.submit": "Guardar el control",
  "painCheck.storeFailed": "Tus respuestas no se pueden guardar en este dispositivo; puedes seguir con el control.",
} satisfies TableOf<typeof painCheckMessages>;
