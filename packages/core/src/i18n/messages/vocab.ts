import { defineMessages } from "../define-messages";

// One table per use, so a component names only the words it shows (a card: body regions and difficulty; a cue
// list: cue roles); vocabMessages joins them all for the library's filters and for hosts.
const TRAITS = {
  "vocab.bodyRegion.neck": "Neck",
  "vocab.bodyRegion.shoulder": "Shoulder",
  "vocab.bodyRegion.upper-back": "Upper back",
  "vocab.bodyRegion.lower-back": "Lower back",
  "vocab.bodyRegion.core": "Core",
  "vocab.bodyRegion.hip": "Hip",
  "vocab.bodyRegion.glutes": "Buttocks",
  "vocab.bodyRegion.thigh": "Thigh",
  "vocab.bodyRegion.knee": "Knee",
  "vocab.bodyRegion.lower-leg": "Lower leg",
  "vocab.bodyRegion.ankle-foot": "Ankle and foot",
  "vocab.bodyRegion.elbow": "Elbow",
  "vocab.bodyRegion.wrist-hand": "Wrist and hand",
  "vocab.bodyRegion.whole-body": "Whole body",
  "vocab.difficulty.beginner": "Beginner",
  "vocab.difficulty.intermediate": "Intermediate",
  "vocab.difficulty.advanced": "Advanced",
};

const CUE_ROLES = {
  "vocab.cueRole.setup": "Getting set up",
  "vocab.cueRole.movement": "The movement",
  "vocab.cueRole.breathing": "Breathing",
  "vocab.cueRole.form": "Good form",
  "vocab.cueRole.safety": "Staying safe",
};

const OTHERS = {
  "vocab.position.standing": "Standing",
  "vocab.position.sitting": "Sitting",
  "vocab.position.supine": "Lying on your back",
  "vocab.position.prone": "Lying on your front",
  "vocab.position.side-lying": "Lying on your side",
  "vocab.position.kneeling": "Kneeling",
  "vocab.position.half-kneeling": "Half-kneeling",
  "vocab.position.quadruped": "On hands and knees",
  "vocab.position.moving": "Moving",
  "vocab.category.strength": "Strength",
  "vocab.category.stretch": "Stretch",
  "vocab.category.mobility": "Mobility",
  "vocab.category.stability": "Stability",
  "vocab.category.cardio": "Cardio",
  "vocab.category.yoga": "Yoga",
  "vocab.category.warm-up": "Warm-up",
  "vocab.goal.strength": "Strength",
  "vocab.goal.mobility": "Mobility",
  "vocab.goal.flexibility": "Flexibility",
  "vocab.goal.stability": "Stability",
  "vocab.goal.endurance": "Endurance",
  "vocab.goal.warm-up": "Warm-up",
  "vocab.goal.cardio": "Fitness (cardio)",
  "vocab.goal.balance": "Balance",
};

/** "vocab.bodyRegion.*" and "vocab.difficulty.*" in en-GB: what an exercise card shows of the vocabulary. */
export const vocabTraitsMessages = /* @__PURE__ */ defineMessages({ "en-GB": TRAITS });

/** "vocab.cueRole.*" in en-GB: the cue list's group names. */
export const vocabCueRoleMessages = /* @__PURE__ */ defineMessages({ "en-GB": CUE_ROLES });

/** Strings under "vocab.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const vocabMessages = /* @__PURE__ */ defineMessages({
  // Object.assign, not a spread: a pure call a bundler can drop when only the smaller tables are used.
  "en-GB": /* @__PURE__ */ Object.assign({}, TRAITS, CUE_ROLES, OTHERS),
});
