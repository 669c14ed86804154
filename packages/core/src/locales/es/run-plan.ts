import type { runPlanMessages } from "../../i18n/messages/run-plan";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `runPlanMessages`; keys it leaves out fall back to en-GB. */
export const runPlan = {
  "runPlan.chart.caption":
    "Tiempo de carrera cada semana, en minutos. Una semana marcada con ! tiene un aviso, explicado en Comprobaciones del plan.",
  "runPlan.chart.summary":
    "Gráfico de barras del tiempo de carrera en {weeks} semanas, de {first} la primera semana a {last} la última.",
  "runPlan.chart.flagged": {
    one: "{count} semana tiene un aviso.",
    other: "{count} semanas tienen un aviso.",
  },
  "runPlan.chart.noFlags": "Ninguna semana tiene avisos.",
  "runPlan.weekly.caption": "Tiempo de carrera cada semana (los datos del gráfico)",
  "runPlan.sessions.caption": "Todas las sesiones, semana a semana",
  "runPlan.col.week": "Semana",
  "runPlan.col.day": "Día",
  "runPlan.col.session": "Qué hacer",
  "runPlan.col.running": "Carrera",
  "runPlan.col.total": "Tiempo total",
  "runPlan.col.change": "Cambio sobre la semana anterior",
  "runPlan.col.check": "Comprobación",
  "runPlan.week": "Semana {number}",
  "runPlan.noChange": "Primera semana",
  "runPlan.ok": "Correcto",
  "runPlan.warning": "Aviso",
  "runPlan.warningPrefix": "Aviso:",
  "runPlan.warmUp": "camina {time} para calentar",
  "runPlan.coolDown": "camina {time} para terminar",
  "runPlan.block": "{repeats} × (corre {run}, camina {walk})",
  "runPlan.repeatRun": "{repeats} × corre {run}",
  "runPlan.continuous": "corre {run} sin parar",
  "runPlan.then": ", luego ",
  "runPlan.checks.heading": "Comprobaciones del plan",
  "runPlan.checks.none":
    "Ninguna semana añade más de un 10 % de carrera, ninguna carrera es más de un 10 % más larga que la más larga de los 30 días anteriores (incluidas las del mismo día), el tramo más largo corriendo sin caminar nunca llega a más del doble de una semana a la siguiente y cada pausa caminando dura al menos 30 segundos.",
  "runPlan.flag.weekly":
    "la semana {week} tiene {value} de carrera, un {rise} más que la semana anterior ({reference}). El límite del plan es un {limit} por semana.",
  "runPlan.flag.weeklyFromNone": "la semana {week} tiene {value} de carrera después de una semana sin correr.",
  "runPlan.flag.spike":
    "en la semana {week}, la carrera del {day} de {value} es un {rise} más larga que la más larga de los 30 días anteriores ({reference}).",
  "runPlan.evidence.kind": "Por qué estas comprobaciones (evidencia científica y sus límites):",
  "runPlan.flag.sameDay":
    "en la semana {week}, las carreras del {day} suman {value}, un {rise} más que la carrera más larga antes de ese día ({reference}).",
  "runPlan.flag.bout":
    "en la semana {week}, el tramo más largo corriendo sin caminar es de {value}, más del doble que la semana anterior ({reference}).",
  "runPlan.flag.walkBreak":
    "en la semana {week}, la sesión del {day} tiene pausas caminando de {value}. Cada pausa debería durar al menos {reference}; si no, corre sin pausa.",
  "runPlan.band.10-30": "Tamaño: de más de un 10 % hasta un 30 % más larga.",
  "runPlan.band.30-100": "Tamaño: de más de un 30 % hasta el doble.",
  "runPlan.band.over-100": "Tamaño: más del doble.",
  "runPlan.gate.heading": "Antes de tu primera salida",
  "runPlan.gate.intro": "Empieza la semana 1 solo cuando puedas hacer todo esto:",
  "runPlan.stages.heading": "Después de las semanas de caminar y correr",
  "runPlan.stages.intro":
    "Haz estas etapas de una en una, en orden, y empieza cada una solo cuando cumplas sus criterios de entrada.",
  "runPlan.stage.number": "Etapa {number}:",
  "runPlan.stage.entry": "Empieza cuando:",
  "runPlan.stage.steps": "Qué hacer:",
  "runPlan.why.evidence": "Evidencia de investigación",
  "runPlan.why.advice": "Consejo, no evidencia de investigación",
  "runPlan.why.consensus": "Acordado por los autores; ningún estudio fija esta cifra",
} satisfies TableOf<typeof runPlanMessages>;
