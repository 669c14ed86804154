import { createTranslator } from "@movekit/core";
import { keyShortcutsFor, videoMessages } from "@movekit/core/video";
import { useId } from "react";
import { IconButton } from "./icon-button";
import { PlayerMenu, type PlayerMenuItem } from "./player-menu";
import { type ExerciseVideoController, PLAYBACK_RATES } from "./use-exercise-video";
import { CaptionsIcon, FullscreenIcon, LoopIcon, MoreIcon, VolumeIcon } from "./video-icons";

/** The message bundles this component shows strings from. */
const BUNDLES = [videoMessages];

const WIDE = "mk-exercise-video--wide-only";
const COMPACT = "mk-exercise-video--compact-only";
const rateText = (rate: number) => `${rate}×`;

/**
 * The bar's controls after Play and the time: mute, captions, chapter loop, speed, full screen and "More
 * controls". Mounted just after the poster's first paint (see ExerciseVideo), so that paint pays for Play only.
 */
export function SecondaryControls({ video, trackErrorId }: { video: ExerciseVideoController; trackErrorId: string }) {
  const { state, actions, shortcuts } = video;
  const t = createTranslator(video.locale, video.messages, BUNDLES);
  const reasonId = useId();
  const keys = (type: string) => keyShortcutsFor((a) => a.type === type, shortcuts);
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
    onSelect: () => actions.setCaptionLang(track.lang),
  }));

  return (
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
  );
}
