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
      "No week adds more than 10% running, and no run is more than 10% longer than the longest run of the 30 days before it.",
    "runPlan.flag.weekly":
      "week {week} has {value} of running, {rise} more than the week before ({reference}). The plan's limit is {limit} a week.",
    "runPlan.flag.weeklyFromNone": "week {week} has {value} of running after a week with none.",
    "runPlan.flag.spike":
      "in week {week}, the {day} run of {value} is {rise} longer than the longest run of the 30 days before it ({reference}).",
    "runPlan.evidence.kind": "Why these checks (research evidence and its limits):",
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
      "Ninguna semana añade más de un 10 % de carrera y ninguna carrera es más de un 10 % más larga que la más larga de los 30 días anteriores.",
    "runPlan.flag.weekly":
      "la semana {week} tiene {value} de carrera, un {rise} más que la semana anterior ({reference}). El límite del plan es un {limit} por semana.",
    "runPlan.flag.weeklyFromNone": "la semana {week} tiene {value} de carrera después de una semana sin correr.",
    "runPlan.flag.spike":
      "en la semana {week}, la carrera del {day} de {value} es un {rise} más larga que la más larga de los 30 días anteriores ({reference}).",
    "runPlan.evidence.kind": "Por qué estas comprobaciones (evidencia científica y sus límites):",
  },
});
