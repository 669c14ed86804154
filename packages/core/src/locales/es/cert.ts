import type { certMessages } from "../../i18n/messages/cert";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `certMessages`; keys it leaves out fall back to en-GB. */
export const cert = {
  "cert.1": "Material utilizado",
  "cert.2": "Quién lo imparte y su formación",
  "cert.3": "Sesiones individuales o en grupo",
  "cert.4": "Supervisado o no, y cómo se imparte",
  "cert.5": "Cómo se mide y se informa la adherencia",
  "cert.6": "Estrategias de motivación",
  "cert.7a": "Reglas para decidir cuándo progresar",
  "cert.7b": "Cómo progresa el programa",
  "cert.8": "Cada ejercicio descrito para poder repetirlo",
  "cert.9": "Parte del programa en casa",
  "cert.10": "Partes que no son ejercicio (educación y similares)",
  "cert.11": "Efectos adversos: qué vigilar y registrar",
  "cert.12": "Lugar",
  "cert.13": "Dosis: series, repeticiones, sesiones y duración",
  "cert.14a": "Genérico o adaptado",
  "cert.14b": "Cómo se adapta",
  "cert.15": "Regla para el nivel de inicio",
  "cert.16a": "Cómo se evalúa la adherencia o la fidelidad",
  "cert.16b": "Hasta qué punto se impartió según lo previsto",
  "cert.ev.none": "Nada en el contenido cubre esto.",
  "cert.ev.equipment": "{total} ejercicios indican su material ({none} no necesitan ninguno).",
  "cert.ev.missing": "No están en la lista de ejercicios: {ids}.",
  "cert.ev.reviewed":
    "Escrito por {author}; revisado clínicamente por {reviewer} el {date}. Quién lo imparte lo decide la clínica.",
  "cert.ev.draft": "Escrito por {author}. Aún sin revisión clínica.",
  "cert.ev.format": "Formato: {value}.",
  "cert.ev.supervision": "Supervisión: {value}.",
  "cert.ev.setting": "Lugar: {value}.",
  "cert.ev.noDelivery": "El programa no dice cómo se imparte.",
  "cert.ev.logs":
    "Los registros de sesión guardan cada serie, los ejercicios saltados y por qué, y si se terminó la sesión; el programa no dice cómo se informa la adherencia.",
  "cert.ev.rules":
    "{rules} reglas de progresión ({checked} con una comprobación que el software puede hacer); {exits} fases con criterios de salida.",
  "cert.ev.phases":
    "{phases} fases en orden; {regressions} reglas de regresión; {ladders} ejercicios tienen versiones más fáciles o más difíciles.",
  "cert.ev.exercises":
    "{described} de {total} ejercicios tienen posición inicial, pasos y consignas; {videos} tienen un vídeo subtitulado.",
  "cert.ev.education": "{count} elementos de educación.",
  "cert.ev.safety":
    "{flags} señales de alarma, {contra} contraindicaciones y una regla de dolor con {bands} tramos indican qué vigilar; las sesiones terminadas por dolor se registran.",
  "cert.ev.dosage":
    "{dosed} de {total} dosis de ejercicio dicen cuánto hacer; cada fase indica sesiones por semana y semanas.",
  "cert.ev.tailored":
    "{regressions} reglas de regresión, la regla de dolor y las escalas de ejercicios lo adaptan a la persona.",
  "cert.ev.generic": "La regla de dolor ajusta la dosis; no hay reglas de regresión ni escalas de ejercicios.",
  "cert.ev.entry":
    "{withEntry} de {later} fases posteriores tienen criterios de entrada; todos empiezan en la primera fase.",
  "cert.ev.afterDelivery": "Se informa con los registros de sesión tras impartirlo, no con el contenido.",
} satisfies TableOf<typeof certMessages>;
