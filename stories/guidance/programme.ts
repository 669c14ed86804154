import type { ComponentGuidance } from "./types";

// Guidance for the programme components: plans over weeks, the guided session, pain check-ins and progress.

const programmeView: ComponentGuidance = {
  use: [
    "To show a patient their whole programme: phases, weeks, today's exercises, the pain rule and a printable handout.",
  ],
  avoid: ["To run today's session step by step: use SessionPlayer.", "For a single exercise: use ExerciseDetail."],
  dos: [
    "Pass the start date so it opens on the current week ('Week 6 of 12') with finished phases collapsed.",
    "Keep each phase's safety notes: they stay visible even when the phase is collapsed.",
  ],
  donts: [
    "Don't strip the pain rule from the page or the handout.",
    "Don't print with the screen styles: the handout has its own.",
  ],
  anatomy: [
    "Progress (week n of N)",
    "Phases, each with its weeks and exercise rows",
    "Phase safety notes (never collapsed)",
    "Pain rule bands",
    "Handout (print only) with QR code",
  ],
  dataAttributes: [
    [
      '[data-slot="programme-view"][data-status="not-started" | "in-progress" | "finished"]',
      "Where the patient is in the programme.",
    ],
    ['[data-slot="programme-view"][data-pending]', "On a fresh client mount, until every part has rendered."],
    ['[data-slot="phase"][data-state="done" | "current" | "upcoming"][data-open]', "One phase and whether it is open."],
    ['[data-slot="week"][data-state="past" | "current" | "upcoming"][data-open]', "One week and whether it is open."],
    ['[data-slot="phase-safety"]', "A phase's safety notes, never collapsed."],
    ['[data-slot="disclosure-trigger"][data-state="open" | "closed"]', "The button that opens a phase or week."],
    ['[data-slot="pain-rule-band"][data-action]', "One band of the pain rule and what it asks."],
    ['[data-print="hide" | "only"]', "Screen-only and print-only parts."],
    ['[data-slot="section-error"]', "A part that failed to render."],
  ],
  accessibility: [
    "Phases and weeks are disclosure buttons with aria-expanded; Enter and Space toggle them.",
    "Dates are <time> elements; tables stack into rows below about 480 px so nothing scrolls sideways.",
  ],
};

const sessionPlayer: ComponentGuidance = {
  use: [
    "To guide a patient through today's session: one exercise at a time, counts, holds, rests, a pain check and feedback.",
  ],
  avoid: [
    "To browse a programme: use ProgrammeView.",
    "Without the programme's pain rule and red flags: the player needs them to stop a session safely.",
  ],
  dos: [
    "Give it a store so a session resumes after a reload.",
    "Report `onStop` and the pain verdict to the clinic; the verdict comes from core, the player only shows it.",
  ],
  donts: ["Don't offer 'next exercise' after a stopping pain score: the only way on is ending today's session."],
  anatomy: [
    "First screen: the most urgent warning line, then Start or Resume as one large button",
    "Exercise with media, cues and countdown",
    "Controls: pause, skip, skip because it hurts",
    "Pain prompt",
    "Feedback and summary",
  ],
  dataAttributes: [
    [
      '[data-slot="session-player"][data-stage="ready" | "work" | "rest" | "feedback" | "complete" | "ended"]',
      "Where the session is.",
    ],
    [
      '[data-slot="session-player"][data-phase="count" | "hold" | "relax" | "timer" | "open"]',
      "What the current set asks for.",
    ],
    ['[data-slot="session-player"][data-first-screen]', "Before the first Start."],
    ['[data-slot="session-player"][data-paused]', "While paused."],
    ['[data-slot="primary-action"][data-size="large"]', "Start on the first screen."],
    ['[data-slot="pain-prompt"][data-action][data-stops]', "The pain verdict, and whether it ends the session."],
    [
      '[data-slot="countdown"][data-kind][data-animated]',
      "The countdown and whether it animates (off with reduced motion).",
    ],
  ],
  accessibility: [
    "Progress is announced through a polite live region, so the reader is not interrupted.",
    "All controls are buttons reachable by keyboard; targets are at least 24 px, rows 44 px.",
    "With reduced motion the countdown does not animate.",
  ],
};

const painCheck: ComponentGuidance = {
  use: ["To ask a patient's pain during and after exercise, and the trend since last time, and show what to do next."],
  avoid: ["As a general symptom diary: it applies one programme's pain rule."],
  dos: [
    "Pass the programme's pain rule; clinics set their own thresholds.",
    "Show the red flags so a warning sign can be ticked.",
  ],
  donts: ["Don't compute your own advice from the score: use the verdict the component reports."],
  anatomy: [
    "Pain scale 0–10 (radio buttons)",
    "Trend question",
    "Warning signs",
    "Advice for the answers given",
    "Save",
  ],
  dataAttributes: [
    [
      '[data-slot="pain-check"][data-action]',
      "The verdict: continue, modify, stop-today, stop-and-contact, urgent, emergency.",
    ],
    ['[data-slot="pain-check"][data-red-flag]', "A warning sign is ticked."],
    ['[data-slot="pain-check"][data-store="failed"]', "The store could not save; the patient is told."],
    ['[data-slot="pain-scale"][data-answered]', "A score has been chosen."],
    ['[data-slot="pain-advice"][data-stops]', "The advice asks the patient to stop."],
  ],
  accessibility: [
    "The scale is a radio group with a label per value, operable with arrow keys; no dragging needed (WCAG 2.5.7).",
    "The advice is announced as a status message when it changes.",
  ],
};

const progressView: ComponentGuidance = {
  use: ["To show a patient their sessions and pain over the weeks, with weeks a check flagged."],
  avoid: ["To make clinical decisions: it shows the verdicts core computed, nothing more."],
  dos: ["Keep the table under the chart: it is the chart's text alternative."],
  donts: ["Don't show the chart alone."],
  anatomy: ["Summary sentence", "Days done this week", "Pain trend chart", "Table of highest pain each week"],
  dataAttributes: [
    ['[data-slot="progress-view"][data-status]', "Overall progress."],
    ['[data-slot="progress-day"][data-status][data-warning]', "One day and whether a warning was logged."],
    ['[data-slot="pain-trend-row"][data-warning][data-step-back]', "One week of the pain trend."],
  ],
  accessibility: ["The chart is hidden from screen readers and repeated as a captioned table."],
};

const returnToRunPlan: ComponentGuidance = {
  use: ["To show a walk–run plan week by week, with the checks that flag risky jumps in load."],
  avoid: ["For strength programmes: use ProgrammeView."],
  dos: ["Show the warnings next to the session they belong to."],
  donts: ["Don't hide a flagged session's warning to make the chart look clean."],
  anatomy: ["Warnings summary", "Run chart", "Sessions by week"],
  dataAttributes: [
    ['[data-slot="return-to-run-plan"][data-warnings]', "The plan has flagged sessions."],
    ['[data-slot="run-chart-bar"][data-warning]', "A bar for a flagged session."],
    ['[data-slot="run-plan-session"][data-warning]', "A session a check flagged."],
  ],
  accessibility: ["Times never wrap; the chart has a small-screen layout and a text equivalent."],
};

export const programmeGuidance: Record<string, ComponentGuidance> = {
  "Programme/ProgrammeView": programmeView,
  "Programme/SessionPlayer": sessionPlayer,
  "Programme/PainCheck": painCheck,
  "Programme/ProgressView": progressView,
  "Programme/ReturnToRunPlan": returnToRunPlan,
};
