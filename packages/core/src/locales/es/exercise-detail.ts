import type { exerciseDetailMessages } from "../../i18n/messages/exercise-detail";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `exerciseDetailMessages`; keys it leaves out fall back to en-GB. */
export const exerciseDetail = {
  "exerciseDetail.safety": "Seguridad: léelo antes de empezar",
  "exerciseDetail.startPosition": "Posición inicial",
  "exerciseDetail.steps": "Pasos",
  "exerciseDetail.cues": "Indicaciones",
  "exerciseDetail.feel": "Qué deberías notar",
  "exerciseDetail.mistakes": "Errores frecuentes",
  "exerciseDetail.dosage": "Cuánto hacer",
  "exerciseDetail.ladder": "Versiones más fáciles y más difíciles",
  "exerciseDetail.evidence": "Evidencia y revisión",
} satisfies TableOf<typeof exerciseDetailMessages>;
