import { defineMessages } from "../define-messages";

/** Strings under "evidence.*", in every locale (en-GB complete; others fall back to en-GB). */
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
  es: {
    "evidence.label": "Evidencia",
    "evidence.kind.evidence": "Evidencia de investigación",
    "evidence.kind.advice": "Consejo clínico, no evidencia de investigación",
    "evidence.references": "Referencias",
    "evidence.source": "Fuente: {source}",
    "evidence.doi": "DOI {doi}",
    "evidence.writtenBy": "Escrito por {author}.",
    "evidence.reviewedBy": "Revisado por {reviewer} el {date}.",
    "evidence.notReviewed": "Pendiente de revisión clínica.",
    "evidence.nextReview": "Próxima revisión: {date}.",
    "evidence.licence": "Licencia: {licence}.",
  },
});
