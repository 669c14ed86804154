import type { ComponentGuidance } from "./types";

// Guidance for the video, library, foundation and theming components.

const exerciseVideo: ComponentGuidance = {
  use: ["To play an exercise's demo clip with chapters from its cues, captions, a transcript and speed control."],
  avoid: [
    "For animated stick-figure demos without a clip: use MovementDemo.",
    "To autoplay with sound: the player never autoplays.",
  ],
  dos: [
    "Give captions in the content language and a transcript that describes what is shown.",
    "Serve media from your origin or https.",
  ],
  donts: ["Don't put safety text only in the video or its captions: it belongs in the page."],
  anatomy: [
    "Poster with play overlay",
    "Video",
    "Control bar: play, time, speed, loop chapter, captions, mute, full screen",
    "Chapters",
    "Transcript",
  ],
  dataAttributes: [
    [
      '[data-slot="exercise-video"][data-state="playing" | "paused" | "error"]',
      "Playback state; error shows poster, steps and transcript.",
    ],
    ['[data-slot="chapter"][data-state="active"]', "The chapter playing now."],
    ['[data-slot="transcript-line"][data-state="active"]', "The transcript line for the current time."],
  ],
  accessibility: [
    "Captions use a captions track (WCAG 1.2.2); the transcript describes the movement (1.2.3).",
    "Keyboard shortcuts work only while focus is in the player (2.1.4).",
    "Icon buttons have accessible names; the captions button shows off when captions failed to load.",
  ],
};

const movementDemo: ComponentGuidance = {
  use: ["For a short looping figure that shows the positions of an exercise when there is no clip."],
  avoid: ["As the only explanation: pair it with steps."],
  dos: ["Name each pose; with reduced motion the poses show side by side as stills."],
  donts: ["Don't remove the pause control: looping motion needs one (WCAG 2.2.2)."],
  anatomy: ["Figure", "Pose names", "Pause / play"],
  dataAttributes: [
    ['[data-slot="movement-demo"][data-state="playing" | "paused" | "still"]', "Animating, paused, or still poses."],
  ],
  accessibility: ["Each pose is an image with a name.", "Respects reduced motion from the device or MovekitProvider."],
};

const exerciseLibrary: ComponentGuidance = {
  use: ["To let a patient or clinician search and filter the exercise library."],
  avoid: ["To show a prescribed programme: use ProgrammeView."],
  dos: [
    "Pass the full library; it virtualises long lists.",
    "Give `onSelect` for an 'Add to programme' button on each result, named with the exercise.",
  ],
  donts: ["Don't hide the empty state: it tells the reader no exercise matched."],
  anatomy: [
    "Search field",
    "Sort",
    "Filters (body area, equipment, difficulty)",
    "Result count",
    "Results",
    "Empty state",
  ],
  dataAttributes: [
    [
      '[data-slot="exercise-library-facet"][data-facet][data-state="active" | "inactive"]',
      "One filter and whether it is on.",
    ],
    ['[data-slot="exercise-library-results"][data-pending]', "While the results catch up with the filters."],
    ['[data-slot="exercise-library-list"][data-virtualized]', "Long lists render only visible rows."],
    ['[data-slot="exercise-library-item"][data-position]', "One result and its position (also aria-posinset)."],
    ['[data-slot="exercise-library-empty"]', "The 'no results' message."],
  ],
  accessibility: [
    "Long lists are virtualised, and each row keeps aria-posinset so its place in the whole list is known.",
    "Filters are native checkboxes in labelled groups, operable by keyboard.",
  ],
};

const movekitProvider: ComponentGuidance = {
  use: [
    "Once around the part of a page that uses Movekit: theme, locale, direction, units, emergency numbers, reduced motion.",
  ],
  avoid: ["To theme a single component differently: nest a provider with another theme instead of overriding tokens."],
  dos: [
    "Set the clinic's emergency number for its locale.",
    "Offer an in-app reduced-motion choice through `reducedMotion`.",
  ],
  donts: ["Don't override tier colours in a theme."],
  anatomy: ["A div that carries data-mk-theme, lang and dir"],
  dataAttributes: [
    ["[data-mk-theme]", "The theme scope: tokens under it come from that theme."],
    ["[data-reduced-motion]", "The motion setting for components inside."],
  ],
  accessibility: ["Sets lang and dir so screen readers pronounce text and layout mirrors."],
};

const errorBoundary: ComponentGuidance = {
  use: ["Around a part of a page that may fail (a host's plug-in, a chart) so the rest stays."],
  avoid: ["To hide safety content that failed: safety parts use their own fallback that says what to do instead."],
  dos: ["Put it around each independent part, inside the part's labelled region."],
  donts: ["Don't catch errors around the whole page: one broken part would blank it."],
  anatomy: ["The part", "Fallback: says in words that the part could not be shown"],
  dataAttributes: [
    ['[data-slot="error-boundary"][data-state="error"]', "The default fallback."],
    ['[data-slot="safety-fallback"]', "The fallback of a safety part."],
    ['[data-slot="exercise-incomplete"]', "The notice for broken content."],
  ],
  accessibility: ["The fallback is text, not an alert, so it does not interrupt the reader."],
};

const themeBuilder: ComponentGuidance = {
  use: ["To build a clinic theme from a brand colour and check every token pair before shipping the CSS."],
  avoid: ["To change tier colours: they are clinical and fixed."],
  dos: ["Copy the generated CSS only when every pair passes."],
  donts: ["Don't pick a red or amber accent that reads as an alarm tier: the builder refuses it."],
  anatomy: ["Settings form", "Preview in the theme", "Contrast report", "Generated CSS"],
  dataAttributes: [],
  accessibility: ["The preview and report reflow at 320 px; the report says pass or fail in words."],
};

export const foundationGuidance: Record<string, ComponentGuidance> = {
  "Video/ExerciseVideo": exerciseVideo,
  "Video/MovementDemo": movementDemo,
  "Library/ExerciseLibrary": exerciseLibrary,
  "Foundations/MovekitProvider": movekitProvider,
  "Foundations/ErrorBoundary": errorBoundary,
  "Theming/Theme builder": themeBuilder,
};
