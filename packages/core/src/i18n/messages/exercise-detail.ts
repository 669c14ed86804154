import { defineMessages } from "../define-messages";

/** Strings under "exerciseDetail.*", in every locale (en-GB complete; others fall back to en-GB). */
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
  es: {
    "exerciseDetail.safety": "Seguridad: léelo antes de empezar",
    "exerciseDetail.startPosition": "Posición inicial",
    "exerciseDetail.steps": "Pasos",
    "exerciseDetail.cues": "Indicaciones",
    "exerciseDetail.feel": "Qué deberías notar",
    "exerciseDetail.mistakes": "Errores frecuentes",
    "exerciseDetail.dosage": "Cuánto hacer",
    "exerciseDetail.ladder": "Versiones más fáciles y más difíciles",
    "exerciseDetail.evidence": "Evidencia y revisión",
  },
});
