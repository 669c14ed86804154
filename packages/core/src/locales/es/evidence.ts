import type { evidenceMessages } from "../../i18n/messages/evidence";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `evidenceMessages`; keys it leaves out fall back to en-GB. */
export const evidence = {
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
} satisfies TableOf<typeof evidenceMessages>;
