import { defineMessages } from "../define-messages";

/** Strings under "evidence.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const evidenceMessages = defineMessages({
  "en-GB": {
    "evidence.label": "Evidence",
    "evidence.kind.evidence": "Research evidence",
    "evidence.kind.advice": "Clinical advice, not research evidence",
    "evidence.references": "References",
    "evidence.source": "Source: {source}",
    "evidence.doi": "DOI {doi}",
    "evidence.writtenBy": "Written by {author}.",
    "evidence.reviewedBy": "Reviewed by {reviewer} on {date}.",
    "evidence.notReviewed": "Not yet clinically reviewed.",
    "evidence.nextReview": "Next review due {date}.",
    "evidence.licence": "Licence: {licence}.",
  },
});
