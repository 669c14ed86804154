import { defineMessages } from "../define-messages";

/** Strings under "runPlan.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const runPlanMessages = defineMessages({
  "en-GB": {
    "runPlan.chart.caption":
      "Running time each week, in minutes. A week marked ! has a warning, listed under Checks on this plan.",
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
});
