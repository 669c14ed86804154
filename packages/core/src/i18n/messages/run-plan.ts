import { defineMessages } from "../define-messages";

/** Strings under "runPlan.*", in every locale (en-GB complete; others fall back to en-GB). */
export const runPlanMessages = defineMessages({
  "en-GB": {
    "runPlan.chart.caption": "Running time each week. A week marked ! has a warning, listed under Checks on this plan.",
    "runPlan.chart.summary":
      "Bar chart of running time over {weeks} weeks, from {first} in the first week to {last} in the last.",
    "runPlan.chart.flagged": {
      one: "{count} week has a warning.",
      other: "{count} weeks have a warning.",
    },
    "runPlan.chart.noFlags": "No week has a warning.",
    "runPlan.weekly.caption": "Running time each week (the numbers in the chart)",
    "runPlan.sessions.caption": "Every session, week by week",
    "runPlan.col.week": "Week",
    "runPlan.col.day": "Day",
    "runPlan.col.session": "What to do",
    "runPlan.col.running": "Running",
    "runPlan.col.total": "Total time",
    "runPlan.col.change": "Change on the week before",
    "runPlan.col.check": "Check",
    "runPlan.week": "Week {number}",
    "runPlan.noChange": "First week",
    "runPlan.ok": "OK",
    "runPlan.warning": "Warning",
    "runPlan.warningPrefix": "Warning:",
    "runPlan.warmUp": "walk {time} to warm up",
    "runPlan.coolDown": "walk {time} to cool down",
    "runPlan.block": "{repeats} × (run {run}, walk {walk})",
    "runPlan.repeatRun": "{repeats} × run {run}",
    "runPlan.continuous": "run {run} without stopping",
    "runPlan.then": ", then ",
    "runPlan.checks.heading": "Checks on this plan",
    "runPlan.checks.none":
      "No week adds more than 10% running, no run is more than 10% longer than the longest run of the 30 days before it (runs on the same day included), the longest run without a walk break never more than doubles from one week to the next, and every walk break lasts at least 30 seconds.",
    "runPlan.flag.weekly":
      "week {week} has {value} of running, {rise} more than the week before ({reference}). The plan's limit is {limit} a week.",
    "runPlan.flag.weeklyFromNone": "week {week} has {value} of running after a week with none.",
    "runPlan.flag.spike":
      "in week {week}, the {day} run of {value} is {rise} longer than the longest run of the 30 days before it ({reference}).",
    "runPlan.evidence.kind": "Why these checks (research evidence and its limits):",
    "runPlan.flag.sameDay":
      "in week {week}, the runs on {day} add up to {value}, {rise} more than the longest run before that day ({reference}).",
    "runPlan.flag.bout":
      "in week {week}, the longest run without a walk break is {value}, more than double the week before's ({reference}).",
    "runPlan.flag.walkBreak":
      "in week {week}, the {day} session has walk breaks of {value}. A walk break should last at least {reference}; otherwise run without one.",
    "runPlan.band.10-30": "Size: more than 10% and up to 30% longer.",
    "runPlan.band.30-100": "Size: more than 30% and up to double.",
    "runPlan.band.over-100": "Size: more than double.",
    "runPlan.gate.heading": "Before your first run",
    "runPlan.gate.intro": "Start week 1 only when you can do all of these:",
    "runPlan.stages.heading": "After the walk/run weeks",
    "runPlan.stages.intro":
      "Take these stages one at a time, in order, and start each only when you meet its entry criteria.",
    "runPlan.stage.number": "Stage {number}:",
    "runPlan.stage.entry": "Start when:",
    "runPlan.stage.steps": "What to do:",
    "runPlan.why.evidence": "Research evidence",
    "runPlan.why.advice": "Advice, not research evidence",
    "runPlan.why.consensus": "Agreed by the authors; no study sets this number",
  },
  es: {
    "runPlan.chart.caption":
      "Tiempo de carrera cada semana. Una semana marcada con ! tiene un aviso, explicado en Comprobaciones del plan.",
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
  },
});
