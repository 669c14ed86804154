import { createTranslator } from "@movekit/core";
import { formatClock, keyShortcutsFor, videoMessages } from "@movekit/core/video";
import { IconButton } from "./icon-button";
import { SecondaryControls } from "./secondary-controls";
import { SeekBar } from "./seek-bar";
import type { ExerciseVideoController } from "./use-exercise-video";
import { PauseIcon, PlayIcon } from "./video-icons";

/** The message bundles this component shows strings from. */
const BUNDLES = [videoMessages];

/**
 * The kit's own control bar: a seek bar, then one row of icon buttons with tooltips. Always visible (no
 * hover-only chrome). On a narrow player (container query) mute, chapter loop and full screen move into a
 * "More controls" menu so the row stays one line.
 */
export function VideoControls({
  video,
  trackErrorId,
  full = true,
}: {
  video: ExerciseVideoController;
  trackErrorId: string;
  /** False for the first paint of a fresh mount: the seek bar, Play and the time only (see ExerciseVideo). */
  full?: boolean;
}) {
  const { state, actions, shortcuts } = video;
  const t = createTranslator(video.locale, video.messages, BUNDLES);
  const keys = (type: string, forward?: boolean) =>
    keyShortcutsFor(
      (a) => a.type === type && (forward === undefined || (a.type === "seekBy" && a.seconds > 0 === forward)),
      shortcuts,
    );
  const known = Number.isFinite(state.duration) && state.duration > 0;
  const seekKeys = [keys("seekBy", false), keys("seekBy", true)].filter(Boolean).join(" ") || undefined;

  return (
    <div className="mk-exercise-video__controls" data-slot="controls">
      <SeekBar video={video} label={t("video.seek")} keyShortcuts={seekKeys} />
      <div className="mk-exercise-video__bar">
        <IconButton
          slot="play-button"
          className="mk-exercise-video__play"
          label={state.playing ? t("video.pause") : t("video.play")}
          icon={state.playing ? <PauseIcon /> : <PlayIcon />}
          data-state={state.playing ? "playing" : "paused"}
          aria-keyshortcuts={keys("toggle")}
          onClick={actions.toggle}
        />
        <span className="mk-exercise-video__time" data-slot="time" aria-hidden="true">
          {formatClock(state.currentTime)} / {known ? formatClock(state.duration) : "–:––"}
        </span>
        <span className="mk-exercise-video__spacer" />
        {full && <SecondaryControls video={video} trackErrorId={trackErrorId} />}
      </div>
    </div>
  );
}
