import { createTranslator, formatClock, keyShortcutsFor, videoMessages } from "@movekit/core";
import { useId } from "react";
import { IconButton } from "./icon-button";
import { PlayerMenu, type PlayerMenuItem } from "./player-menu";
import { SeekBar } from "./seek-bar";
import { type ExerciseVideoController, PLAYBACK_RATES } from "./use-exercise-video";
import { CaptionsIcon, FullscreenIcon, LoopIcon, MoreIcon, PauseIcon, PlayIcon, VolumeIcon } from "./video-icons";

/** The message bundles this component shows strings from. */
const BUNDLES = [videoMessages];

const WIDE = "mk-exercise-video--wide-only";
const COMPACT = "mk-exercise-video--compact-only";
const rateText = (rate: number) => `${rate}×`;

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
  const reasonId = useId();
  const keys = (type: string, forward?: boolean) =>
    keyShortcutsFor(
      (a) => a.type === type && (forward === undefined || (a.type === "seekBy" && a.seconds > 0 === forward)),
      shortcuts,
    );
  const known = Number.isFinite(state.duration) && state.duration > 0;
  const seekKeys = [keys("seekBy", false), keys("seekBy", true)].filter(Boolean).join(" ") || undefined;
  const hasChapters = video.chapters.length > 0;
  const noCaptions = video.captionTracks.length === 0;
  // Truthful captions: unavailable (with the reason in text) when the file failed or there is none.
  const captionsReason = noCaptions ? t("video.captionsNone") : state.trackError ? t("video.trackError") : undefined;
  const languages = video.captionTracks.length > 1 && !state.trackError ? video.captionTracks : [];

  const moreItems: PlayerMenuItem[] = (
    [
      {
        key: "mute",
        label: t("video.mute"),
        type: "checkbox" as const,
        checked: state.muted,
        onSelect: actions.toggleMute,
      },
      ...(hasChapters
        ? [
            {
              key: "loop",
              label: t("video.loopChapter"),
              type: "checkbox" as const,
              checked: state.loopChapterId !== undefined,
              onSelect: actions.toggleLoopChapter,
            },
          ]
        : []),
      {
        key: "fullscreen",
        label: t("video.fullscreen"),
        type: "checkbox" as const,
        checked: state.fullscreen,
        onSelect: actions.requestFullscreen,
      },
    ] satisfies PlayerMenuItem[]
  ).map((item) => ({ ...item, compactOnly: true }));
  const languageItems: PlayerMenuItem[] = languages.map((track) => ({
    key: `lang-${track.lang}`,
    label: `${t("video.captionLanguage")}: ${track.label}`,
    type: "radio" as const,
    checked: state.captionLang === track.lang,
    lang: undefined,
    onSelect: () => actions.setCaptionLang(track.lang),
  }));

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
        {full && (
          <>
            <IconButton
              slot="mute-button"
              wrapperClassName={WIDE}
              label={t("video.mute")}
              icon={<VolumeIcon muted={state.muted} />}
              aria-pressed={state.muted}
              aria-keyshortcuts={keys("mute")}
              onClick={actions.toggleMute}
            />
            <IconButton
              slot="captions-button"
              label={captionsReason ? t("video.captionsUnavailable") : t("video.captions")}
              tip={captionsReason}
              icon={<CaptionsIcon off={!state.captionsShowing} />}
              data-state={
                noCaptions
                  ? "none"
                  : state.trackError
                    ? "failed"
                    : state.captionsShowing
                      ? "on"
                      : state.captionsOn
                        ? "loading"
                        : "off"
              }
              aria-pressed={!captionsReason && state.captionsShowing}
              unavailable={captionsReason !== undefined}
              aria-describedby={noCaptions ? reasonId : state.trackError ? trackErrorId : undefined}
              aria-keyshortcuts={captionsReason ? undefined : keys("captions")}
              onClick={actions.toggleCaptions}
            />
            {noCaptions && (
              <span id={reasonId} className="mk-visually-hidden">
                {captionsReason}
              </span>
            )}
            {hasChapters && (
              <IconButton
                slot="loop-button"
                wrapperClassName={WIDE}
                label={t("video.loopChapter")}
                icon={<LoopIcon />}
                aria-pressed={state.loopChapterId !== undefined}
                onClick={actions.toggleLoopChapter}
              />
            )}
            <PlayerMenu
              slot="speed"
              label={t("video.speed")}
              text={rateText(state.rate)}
              icon={null}
              items={PLAYBACK_RATES.map((rate) => ({
                key: String(rate),
                label: rateText(rate),
                type: "radio" as const,
                checked: state.rate === rate,
                onSelect: () => actions.setRate(rate),
              }))}
            />
            <IconButton
              slot="fullscreen-button"
              wrapperClassName={WIDE}
              label={t("video.fullscreen")}
              icon={<FullscreenIcon exit={state.fullscreen} />}
              aria-pressed={state.fullscreen}
              aria-keyshortcuts={keys("fullscreen")}
              onClick={actions.requestFullscreen}
            />
            <PlayerMenu
              slot="more"
              wrapperClassName={languageItems.length === 0 ? COMPACT : undefined}
              label={t("video.more")}
              icon={<MoreIcon />}
              items={[...moreItems, ...languageItems]}
            />
          </>
        )}
      </div>
    </div>
  );
}
