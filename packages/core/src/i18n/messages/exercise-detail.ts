import { defineMessages } from "../define-messages";

/** Strings under "exerciseDetail.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const exerciseDetailMessages = defineMessages({
  "en-GB": {
    "exerciseDetail.safety": "Safety: read before you start",
    "exerciseDetail.startPosition": "Start position",
    "exerciseDetail.steps": "Steps",
    "exerciseDetail.cues": "Coaching cues",
    "exerciseDetail.feel": "What you should feel",
    "exerciseDetail.mistakes": "Common mistakes",
    "exerciseDetail.dosage": "How much to do",
    "exerciseDetail.ladder": "Easier and harder versions",
    "exerciseDetail.evidence": "Evidence and review",
  },
});
