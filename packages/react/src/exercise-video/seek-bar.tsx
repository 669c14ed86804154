import type { KeyboardEvent } from "react";
import type { ExerciseVideoController } from "./use-exercise-video";

/** Seconds an arrow key moves, as the J and L shortcuts do. */
const ARROW_STEP_SECONDS = 5;

/**
 * The seek bar: a native range input. The browser gives it the slider role, keyboard and touch handling, and it
 * works in server HTML with no inline styles (a strict CSP blocks those) and no library bytes.
 */
export function SeekBar({
  video,
  label,
  keyShortcuts,
}: {
  video: ExerciseVideoController;
  label: string;
  keyShortcuts: string | undefined;
}) {
  const { state, actions } = video;
  const known = Number.isFinite(state.duration) && state.duration > 0;
  const max = known ? state.duration : 1;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // step="any" keeps chapter starts exact, but its native arrow step would be 1% of the clip.
    const forward = event.key === "ArrowRight" || event.key === "ArrowUp";
    const back = event.key === "ArrowLeft" || event.key === "ArrowDown";
    if (!forward && !back) return;
    event.preventDefault();
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const horizontal = event.key === "ArrowRight" || event.key === "ArrowLeft";
    actions.seekBy((forward !== (rtl && horizontal) ? 1 : -1) * ARROW_STEP_SECONDS);
  };
  return (
    <input
      type="range"
      className="mk-exercise-video__seek"
      data-slot="seek"
      min={0}
      max={max}
      step="any"
      value={Math.min(state.currentTime, max)}
      disabled={!known}
      aria-label={label}
      aria-valuetext={video.positionText}
      aria-keyshortcuts={keyShortcuts}
      onChange={(event) => actions.seek(Number(event.currentTarget.value))}
      onKeyDown={onKeyDown}
    />
  );
}
