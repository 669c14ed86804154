import type { ComponentGuidance } from "./types";

// Guidance for the exercise components, in our own words from the component code and docs/accessibility.md.

const exerciseCard: ComponentGuidance = {
  use: [
    "In a list of exercises (a week of a programme, search results, 'also in this week') where each item links to its full page.",
    "When a patient needs the name, what it is for, the dose and one line per safety warning at a glance.",
  ],
  avoid: [
    "As the only view of an exercise a patient follows: it has no steps or cues. Link to ExerciseDetail.",
    "To show a single warning on its own: use SafetyNotice.",
  ],
  dos: [
    "Pass the exercise straight from validated content; the card checks it again and says when parts are missing.",
    "Use the compact variant in narrow side columns; it keeps the safety lines.",
    "Give `href` (or your router's link through ExerciseCard.Title asChild) so the exercise name is the card's link.",
  ],
  donts: [
    "Don't hide or restyle the safety lines to make a card shorter: their colour, icon and words are clinical.",
    "Don't wrap the whole card in another link: its name is already the link, and nested links break keyboard use.",
  ],
  anatomy: [
    "Poster (when the exercise has one, lazily loaded)",
    "Name (a heading at the level you choose)",
    "Summary: one line on what it is for",
    "Facts: target area, difficulty, equipment",
    "Dose: compact form with full words for screen readers",
    "Safety lines: one per contraindication or warning, most serious first",
    "Review status: 'Not yet clinically reviewed' until a clinician signs the content",
  ],
  dataAttributes: [
    ['[data-variant="default" | "compact"]', "Which layout is shown."],
    ['[data-slot="exercise-card-safety-line"][data-severity]', "One safety line; data-severity is its clinical tier."],
    ['[data-slot="exercise-incomplete"]', "The notice shown when the content arrived broken."],
  ],
  accessibility: [
    "The exercise name is the one link of the card; the facts and safety lines are plain text around it.",
    "Severity is said in words as well as colour and icon (WCAG 1.4.1).",
    "Text wraps at 320 px and at 200% zoom without horizontal scrolling (WCAG 1.4.10).",
  ],
};

const exerciseDetail: ComponentGuidance = {
  use: [
    "As the page a patient follows to do one exercise: safety first, then the dose, steps and cues, then evidence.",
    "With the video player in its media slot, so the cues and the clip share one page.",
  ],
  avoid: [
    "In a list of many exercises: use ExerciseCard and link here.",
    "Inside a modal or a collapsed region: safety text must stay visible.",
  ],
  dos: [
    "Give `headingLevel={1}` when it is the page's main content, so there is one h1.",
    "Pass the patient's prescribed dosage; it replaces the content's default dose.",
    "Let a broken media slot fail on its own: its error boundary keeps the safety and steps on screen.",
  ],
  donts: [
    "Don't reorder the sections to put the steps above the safety section.",
    "Don't collapse or truncate contraindications or warning signs to save space.",
  ],
  anatomy: [
    "Title and lead",
    "Safety: the most urgent 'stop and get help' line first, then every warning card",
    "How much to do (dose)",
    "Media slot (video or demo)",
    "Steps and coaching cues",
    "Easier and harder versions (progression ladder)",
    "Evidence and review status",
  ],
  dataAttributes: [
    ['[data-slot="exercise-detail-section"][data-section]', "One section; data-section names it (safety, steps…)."],
    ['[data-slot="error-boundary"]', "A part that failed to render and shows a short fallback instead."],
    ['[data-slot="exercise-incomplete"]', "The notice shown when the content arrived broken."],
  ],
  accessibility: [
    "Each section is a region named by its heading; headings go down one level at a time from the level you give.",
    "Safety text is plain text in the page, never in a tooltip or a collapsed panel.",
    "Text the reader's language lacks falls back to English with lang set and a visible '(in English)' marker.",
  ],
};

const redFlagNotices: ComponentGuidance = {
  use: ["For an exercise's or programme's warning signs as they come from content: one notice per urgency."],
  avoid: ["For a single message you write yourself: use SafetyNotice."],
  dos: ["Pass every red flag the content carries; an unreadable one is counted and said, never dropped."],
  donts: ["Don't filter or reorder the flags: the most urgent notice comes first by design."],
  anatomy: ["One SafetyNotice per urgency, most urgent first", "Each sign followed by what to do"],
  dataAttributes: [
    ['[data-slot="red-flag-notices"]', "the group of notices"],
    ["[data-red-flag]", "one sign, by its id"],
  ],
  accessibility: ["Each notice is a region named by its tier and action in words, as SafetyNotice is."],
};

const safetyNotice: ComponentGuidance = {
  use: [
    "To tell a patient to stop, get help or ask their clinician, in one of the four care-card tiers.",
    "For the warning signs (red flags) of an exercise or programme.",
  ],
  avoid: [
    "For tips or general information: use plain text or a cue.",
    "For form errors: those are not clinical warnings.",
  ],
  dos: [
    "Pick the tier from the content's urgency; the kit decides the colour, icon and words of each tier.",
    "Keep the items short and in plain words, one instruction each.",
  ],
  donts: [
    "Don't recolour a tier to match a brand; themes cannot change tier colours and must not try.",
    "Don't put the notice in a tooltip, accordion or dismissible banner.",
  ],
  anatomy: [
    "Tier band with icon and the tier's words (for example 'Urgent')",
    "Title",
    "Items: what to look out for",
    "Call link for the emergency tier, with the locale's emergency number",
  ],
  dataAttributes: [
    ['[data-slot="safety-notice"][data-severity]', "The tier: emergency, urgent, stop-exercising or non-urgent."],
    ['[data-slot="red-flag-notices"]', "The group of notices made from an exercise's red flags."],
  ],
  accessibility: [
    "A region named by its tier and title, so it is listed among landmarks.",
    "The tier is said in words, not only shown by colour and icon (WCAG 1.4.1); icons are hidden from screen readers.",
    "Tier colours pass 4.5:1 for text in every theme, high contrast included.",
  ],
};

const contraindicationList: ComponentGuidance = {
  use: ["To list who should not do an exercise, and who should ask first or adapt it."],
  avoid: ["For warning signs during exercise: those are red flags, shown with SafetyNotice."],
  dos: [
    "Show it before the steps.",
    "Keep the 'how to change it' advice next to the relative contraindication it belongs to.",
  ],
  donts: ["Don't merge absolute and relative contraindications into one list: they ask for different actions."],
  anatomy: [
    "'Do not do this exercise if' group (absolute)",
    "'Ask your clinician first, or change the exercise, if' group (relative)",
    "How to change it, under each relative item",
  ],
  dataAttributes: [
    ['[data-slot="contraindication-group"][data-severity="absolute" | "relative"]', "One group of contraindications."],
    [
      '[data-slot="safety-missing"], [data-slot="safety-unreadable"]',
      "Says in words that safety content is missing or unreadable.",
    ],
  ],
  accessibility: [
    "Each group has a visible heading and is a list, so the count is announced.",
    "Missing safety content is said in words, never left blank.",
  ],
};

const cueList: ComponentGuidance = {
  use: ["For the coaching cues of an exercise: what to do and what not to do while moving."],
  avoid: ["For safety warnings: a 'don't' cue is technique, not a clinical warning."],
  dos: [
    "Let the video drive `activeCueId` so the cue being shown is marked.",
    "Group by role when an exercise has many cues.",
  ],
  donts: ["Don't rely on the icons alone: 'Do:' and 'Don't:' are in the text."],
  anatomy: ["Cue list", "Cue: kind word (Do, Don't), text, optional time link to the video"],
  dataAttributes: [
    ['[data-slot="cue"][data-kind="do" | "dont" | "note"]', "One cue and its kind."],
    [
      '[data-slot="cue"][data-state="active" | "inactive"]',
      "Whether the video is showing this cue now (also aria-current).",
    ],
  ],
  accessibility: ['The active cue has aria-current="step".', "Icons are decorative; the kind is in words."],
};

const dosageSummary: ComponentGuidance = {
  use: ["To say how much to do: sets, repetitions, holds, time, intervals and how often."],
  avoid: ["To show progress against the dose: use ProgressView."],
  dos: ["Use the compact variant in cards; it keeps the full sentence for screen readers."],
  donts: ["Don't rewrite the numbers as free text: the component formats them per locale."],
  anatomy: ["Short form (3 × 10 · 5s hold)", "Sentence form", "Time needed"],
  dataAttributes: [["[data-variant]", "Which layout is shown."]],
  accessibility: ["The short form has a full sentence as its accessible text, so '3 × 10' is read as words."],
};

const evidenceList: ComponentGuidance = {
  use: ["To show the research behind an exercise, and who reviewed the content and when."],
  avoid: ["To persuade: it lists sources, it does not rate them."],
  dos: ["Keep clinical advice apart from research evidence; the component labels them differently."],
  donts: ["Don't hide the review status: unsigned content must say 'Not yet clinically reviewed'."],
  anatomy: ["Evidence items", "References with DOI links", "Review status"],
  dataAttributes: [
    ['[data-slot="evidence"][data-kind="evidence" | "advice"]', "Research evidence or clinical advice."],
  ],
  accessibility: ["Links name their target; DOIs are links with readable text."],
};

const progressionLadder: ComponentGuidance = {
  use: ["To show the easier and harder versions of an exercise, with when to move on."],
  avoid: ["To plan a programme's weeks: use ProgrammeView."],
  dos: ["Pass the library so each step can link to its exercise."],
  donts: ["Don't present a harder step as the next thing to do without its criterion."],
  anatomy: ["Easier versions", "This exercise (current)", "Harder versions, each with when to move on"],
  dataAttributes: [
    ['[data-slot="progression-step"][data-direction="regression" | "current" | "progression"]', "Where a step sits."],
  ],
  accessibility: [
    "Each linked step is named by its exercise name, and the move-on criterion is text next to it, not a tooltip.",
  ],
};

const reviewStatus: ComponentGuidance = {
  ...evidenceList,
  use: ["To see how EvidenceList shows the content's clinical review: draft content says it is not yet reviewed."],
};

const exercisePage: ComponentGuidance = {
  use: ["As a reference for composing a patient-facing page from the kit: landmarks, one h1, safety before steps."],
  avoid: ["As a component: it is a story-only composition."],
  dos: ["Keep the main landmark around ExerciseDetail and the related cards in an aside."],
  donts: ["Don't add a second h1 in the host's header."],
  anatomy: ["Header and navigation", "Breadcrumb", "ExerciseDetail (main)", "Related exercises (aside)", "Footer"],
  dataAttributes: [],
  accessibility: ["Keyboard focus starts at the navigation and follows reading order."],
};

export const exerciseGuidance: Record<string, ComponentGuidance> = {
  "Exercise/ExerciseCard": exerciseCard,
  "Exercise/ExerciseDetail": exerciseDetail,
  "Exercise/SafetyNotice": safetyNotice,
  "Exercise/RedFlagNotices": redFlagNotices,
  "Exercise/ContraindicationList": contraindicationList,
  "Exercise/CueList": cueList,
  "Exercise/DosageSummary": dosageSummary,
  "Exercise/EvidenceList": evidenceList,
  "Exercise/ProgressionLadder": progressionLadder,
  "Exercise/Review status": reviewStatus,
  "Exercise/Exercise page": exercisePage,
};
