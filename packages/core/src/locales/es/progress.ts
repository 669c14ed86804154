import type { progressMessages } from "../../i18n/messages/progress";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `progressMessages`; keys it leaves out fall back to en-GB. */
export const progress = {
  "progress.heading": "Tu progreso",
  "progress.weekOf": "Semana {week} de {total}",
  "progress.week": "Semana {number}",
  "progress.invalid":
    "No se puede mostrar tu progreso: la fecha de inicio del programa o la fecha de hoy no es válida. Tus registros no se ven afectados.",
  "progress.notStarted": "Tu programa aún no ha empezado.",
  "progress.finished": "Las semanas previstas de tu programa han terminado.",
  "progress.thisWeek": {
    one: "{done} de {count} sesión hecha esta semana",
    other: "{done} de {count} sesiones hechas esta semana",
  },
  "progress.soFar": {
    one: "{done} de {count} sesión prevista hecha hasta ahora",
    other: "{done} de {count} sesiones previstas hechas hasta ahora",
  },
  "progress.pain.settling": "el dolor va cediendo",
  "progress.pain.steady": "el dolor sigue más o menos igual",
  "progress.pain.rising": "el dolor va en aumento",
  "progress.pain.unknown": "aún no hay suficientes puntuaciones de dolor para ver una tendencia",
  "progress.warningWeeks": {
    one: "Marcaste una señal de alarma en {count} semana. Díselo a tu profesional sanitario si aún no lo has hecho.",
    other: "Marcaste una señal de alarma en {count} semanas. Díselo a tu profesional sanitario si aún no lo has hecho.",
  },
  "progress.stepBackWeeks": {
    one: "La regla del dolor indicó bajar la carga en {count} semana.",
    other: "La regla del dolor indicó bajar la carga en {count} semanas.",
  },
  "progress.empty": "Aún no hay nada registrado. Aquí aparecerán tus sesiones y registros de dolor.",
  "progress.calendar.caption": "Sesiones de cada semana: previstas y hechas",
  "progress.col.week": "Semana",
  "progress.col.done": "Hechas",
  "progress.col.during": "Dolor durante",
  "progress.col.after": "Dolor después",
  "progress.col.nextMorning": "A la mañana siguiente",
  "progress.col.notes": "Notas",
  "progress.day.done": "Hecha",
  "progress.day.ended-early": "Interrumpida",
  "progress.day.missed": "No hecha",
  "progress.day.planned": "Prevista",
  "progress.day.rest": "Descanso",
  "progress.day.extra": "Sesión extra",
  "progress.day.warning": "Señal de alarma marcada",
  "progress.doneOf": "{done} de {planned}",
  "progress.chart.caption":
    "Dolor máximo de cada semana en la escala de 0 a 10, con las franjas de dolor del programa al fondo. Los números están en la tabla de abajo.",
  "progress.chart.summary":
    "Gráfico de líneas del dolor máximo de cada semana durante {weeks} semanas: {direction}. Las semanas marcadas con ! tuvieron una señal de alarma; las sombreadas son en las que la regla del dolor indicó bajar la carga.",
  "progress.chart.empty": "Aún no hay puntuaciones de dolor.",
  "progress.table.caption": "Dolor máximo de cada semana (0–10), señales de alarma y bajadas de carga",
  "progress.note.warning": "Señal de alarma marcada",
  "progress.note.stepBack": "Carga reducida",
  "progress.note.current": "Esta semana",
  "progress.none": "–",
  "progress.legend": "Leyenda",
} satisfies TableOf<typeof progressMessages>;
