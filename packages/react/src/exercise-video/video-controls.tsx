import { createTranslator, formatClock, keyShortcutsFor, videoMessages } from "@movekit/core";
import { Slider } from "radix-ui";
import { useHydrated } from "../internal/use-hydrated";
import { type ExerciseVideoController, PLAYBACK_RATES } from "./use-exercise-video";
import { PauseIcon, PlayIcon } from "./video-icons";

/** The message bundles this component shows strings from. */
const BUNDLES = [videoMessages];

/** The kit's own controls: always visible (no hover-only chrome), every one a named, keyboard-operable control. */
export function VideoControls({ video }: { video: ExerciseVideoController }) {
  const { state, actions, shortcuts } = video;
  const t = createTranslator(video.locale, video.messages, BUNDLES);
  const keys = (type: string, forward?: boolean) =>
    keyShortcutsFor(
      (a) => a.type === type && (forward === undefined || (a.type === "seekBy" && a.seconds > 0 === forward)),
      shortcuts,
    );
  const known = Number.isFinite(state.duration) && state.duration > 0;
  const max = known ? state.duration : 1;
  const seekKeys = [keys("seekBy", false), keys("seekBy", true)].filter(Boolean).join(" ") || undefined;
  const hydrated = useHydrated();

  return (
    <div className="mk-exercise-video__controls" data-slot="controls">
      <div className="mk-exercise-video__row">
        <button
          type="button"
          className="mk-exercise-video__button mk-exercise-video__play"
          data-slot="play-button"
          data-state={state.playing ? "playing" : "paused"}
          aria-keyshortcuts={keys("toggle")}
          onClick={actions.toggle}
        >
          {state.playing ? <PauseIcon /> : <PlayIcon />}
          <span>{state.playing ? t("video.pause") : t("video.play")}</span>
        </button>
        <span className="mk-exercise-video__time" data-slot="time" aria-hidden="true">
          {formatClock(state.currentTime)} / {known ? formatClock(state.duration) : "–:––"}
        </span>
        {!hydrated ? (
          // Server HTML shows the track only: Radix places the thumb and fill with inline styles, which a strict
          // CSP blocks as attributes, and nothing can be seeked before the page's script runs anyway.
          <span className="mk-exercise-video__seek" data-slot="seek" data-disabled="">
            <span className="mk-exercise-video__seek-track" />
          </span>
        ) : (
          <Slider.Root
            className="mk-exercise-video__seek"
            data-slot="seek"
            min={0}
            max={max}
            step={1}
            value={[Math.min(state.currentTime, max)]}
            onValueChange={([value]) => value !== undefined && actions.seek(value)}
            disabled={!known}
          >
            <Slider.Track className="mk-exercise-video__seek-track">
              <Slider.Range className="mk-exercise-video__seek-range" />
            </Slider.Track>
            <Slider.Thumb
              className="mk-exercise-video__seek-thumb"
              aria-label={t("video.seek")}
              aria-valuetext={video.positionText}
              aria-keyshortcuts={seekKeys}
            />
          </Slider.Root>
        )}
      </div>
      <div className="mk-exercise-video__row">
        <div className="mk-exercise-video__group" role="group" aria-label={t("video.speed")} data-slot="speed">
          {PLAYBACK_RATES.map((rate) => (
            <button
              key={rate}
              type="button"
              className="mk-exercise-video__button"
              aria-pressed={state.rate === rate}
              onClick={() => actions.setRate(rate)}
            >
              {rate}×
            </button>
          ))}
        </div>
        {video.chapters.length > 0 && (
          <button
            type="button"
            className="mk-exercise-video__button"
            data-slot="loop-button"
            aria-pressed={state.loopChapterId !== undefined}
            onClick={actions.toggleLoopChapter}
          >
            {t("video.loopChapter")}
          </button>
        )}
        {video.captionTracks.length > 0 && (
          <button
            type="button"
            className="mk-exercise-video__button"
            data-slot="captions-button"
            data-state={state.captionsShowing ? "on" : state.trackError ? "failed" : "off"}
            aria-pressed={state.captionsShowing}
            // Truthful: a caption file that failed or never arrived is not "off", it is unavailable.
            aria-disabled={state.trackError || undefined}
            aria-keyshortcuts={keys("captions")}
            onClick={state.trackError ? undefined : actions.toggleCaptions}
          >
            {state.trackError ? t("video.captionsUnavailable") : t("video.captions")}
          </button>
        )}
        {video.captionTracks.length > 1 && (
          <label className="mk-exercise-video__language" data-slot="caption-language">
            <span>{t("video.captionLanguage")}</span>
            <select value={state.captionLang} onChange={(event) => actions.setCaptionLang(event.currentTarget.value)}>
              {video.captionTracks.map((track) => (
                <option key={track.lang} value={track.lang} lang={track.lang}>
                  {track.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="button"
          className="mk-exercise-video__button"
          data-slot="mute-button"
          aria-pressed={state.muted}
          aria-keyshortcuts={keys("mute")}
          onClick={actions.toggleMute}
        >
          {t("video.mute")}
        </button>
        <button
          type="button"
          className="mk-exercise-video__button"
          data-slot="fullscreen-button"
          aria-pressed={state.fullscreen}
          aria-keyshortcuts={keys("fullscreen")}
          onClick={actions.requestFullscreen}
        >
          {t("video.fullscreen")}
        </button>
      </div>
    </div>
  );
}
