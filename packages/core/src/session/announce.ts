/** Whole seconds to show for a countdown: 4.2 s left shows as 5, so "0" appears only at the very end. */
export function displaySeconds(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000 - 1e-9));
}

/** Remaining-second marks worth saying aloud: 5, and every 10 (10, 20, 30…). Never every second. */
export function isCountdownMark(secondsLeft: number): boolean {
  return secondsLeft === 5 || (secondsLeft > 0 && secondsLeft % 10 === 0);
}

/**
 * Whether a countdown that went from `before` to `after` whole seconds left passed a mark worth announcing.
 * The first value of a countdown is never announced here: the phase change already said how long it is.
 */
export function shouldAnnounceCountdown(before: number, after: number): boolean {
  if (after >= before || after <= 0) return false;
  for (let s = after; s < before; s++) if (isCountdownMark(s)) return true;
  return false;
}
