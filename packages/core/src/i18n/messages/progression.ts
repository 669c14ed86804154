import { defineMessages } from "../define-messages";

/** Strings under "progression.*", in every locale (en-GB complete; others fall back to en-GB). */
export const progressionMessages = defineMessages({
  "en-GB": {
    "progression.label": "Easier and harder versions",
    "progression.easier": "Easier",
    "progression.current": "This exercise",
    "progression.harder": "Harder",
    "progression.noEasier": "No easier version listed.",
    "progression.noHarder": "No harder version listed.",
  },
  es: {
    "progression.label": "Versiones más fáciles y más difíciles",
    "progression.easier": "Más fácil",
    "progression.current": "Este ejercicio",
    "progression.harder": "Más difícil",
    "progression.noEasier": "No hay una versión más fácil.",
    "progression.noHarder": "No hay una versión más difícil.",
  },
});
