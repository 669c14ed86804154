import { defineMessages } from "../define-messages";

/** Strings under "progress.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const progressMessages = defineMessages({
  "en-GB": {
    "progress.heading": "Your progress",
    "progress.weekOf": "Week {week} of {total}",
    "progress.week": "Week {number}",
    "progress.invalid":
      "Your progress can't be shown: the programme's start date or today's date is not a valid date. Your records are not affected.",
    "progress.notStarted": "Your programme has not started yet.",
    "progress.finished": "Your programme's planned weeks are over.",
    "progress.thisWeek": {
      one: "{done} of {count} session done this week",
      other: "{done} of {count} sessions done this week",
    },
    "progress.soFar": {
      one: "{done} of {count} planned session done so far",
      other: "{done} of {count} planned sessions done so far",
    },
    "progress.pain.settling": "pain settling",
    "progress.pain.steady": "pain about the same",
    "progress.pain.rising": "pain rising",
    "progress.pain.unknown": "not enough pain scores yet to see a trend",
    "progress.warningWeeks": {
      one: "A warning sign was ticked in {count} week. Tell your clinician about it if you have not already.",
      other: "A warning sign was ticked in {count} weeks. Tell your clinician about them if you have not already.",
    },
    "progress.stepBackWeeks": {
      one: "The pain rule said to ease off in {count} week.",
      other: "The pain rule said to ease off in {count} weeks.",
    },
    "progress.empty": "Nothing recorded yet. Sessions and pain check-ins you do will show here.",
    "progress.calendar.caption": "Sessions each week: planned and done",
    "progress.col.week": "Week",
    "progress.col.done": "Done",
    "progress.col.during": "Pain during",
    "progress.col.after": "Pain after",
    "progress.col.nextMorning": "Next morning",
    "progress.col.notes": "Notes",
    "progress.day.done": "Done",
    "progress.day.ended-early": "Stopped early",
    "progress.day.missed": "Missed",
    "progress.day.planned": "Planned",
    "progress.day.rest": "Rest day",
    "progress.day.extra": "Extra session",
    "progress.day.warning": "Warning sign ticked",
    "progress.doneOf": "{done} of {planned}",
    "progress.chart.caption":
      "Highest pain each week on the 0–10 scale, with the programme's pain bands behind. The numbers are in the table below.",
    "progress.chart.summary":
      "Line chart of the highest pain each week over {weeks} weeks: {direction}. Weeks marked ! had a warning sign; shaded weeks are where the pain rule said to ease off.",
    "progress.chart.empty": "No pain scores recorded yet.",
    "progress.table.caption": "Highest pain each week (0–10), warning signs and easing off",
    "progress.note.warning": "Warning sign ticked",
    "progress.note.stepBack": "Eased off",
    "progress.note.current": "This week",
    "progress.none": "–",
    "progress.legend": "Key",
  },
});
