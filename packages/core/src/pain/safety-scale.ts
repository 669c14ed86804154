import { SAFETY_ACTIONS, type SafetyAction } from "../model/vocabulary";

/** Position on the safety scale: higher is stricter. An unknown action counts as the strictest. */
export function actionRank(action: SafetyAction | string): number {
  const index = (SAFETY_ACTIONS as readonly string[]).indexOf(action);
  return index === -1 ? SAFETY_ACTIONS.length - 1 : index;
}

/** The stricter of two actions. */
export function stricterAction(a: SafetyAction, b: SafetyAction): SafetyAction {
  return actionRank(b) > actionRank(a) ? b : a;
}

/** True for "stop-today" and everything stricter: the session must end, not carry on. */
export function isStopAction(action: SafetyAction | string): boolean {
  return actionRank(action) >= actionRank("stop-today");
}

/**
 * What a ticked warning sign means on the safety scale, by its care-card tier:
 * - emergency → "emergency" (call the emergency number now);
 * - urgent → "urgent" (medical advice the same day);
 * - stop-exercising and non-urgent → "stop-and-contact": a sign the person has actually noticed is never a
 *   reason to carry on or merely ease off, and it needs a clinician's view before the next session;
 * - anything else (a tier this version does not know) → "emergency", the strictest, so it can never be missed.
 */
export function actionForUrgency(urgency: unknown): SafetyAction {
  switch (urgency) {
    case "emergency":
      return "emergency";
    case "urgent":
      return "urgent";
    case "stop-exercising":
    case "non-urgent":
      return "stop-and-contact";
    default:
      return "emergency";
  }
}
