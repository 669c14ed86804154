import { contentMessages, createTranslator, localize } from "@movekit/core";
import { videoMessages } from "@movekit/core/video";
import { type ComponentPropsWithoutRef, type ForwardedRef, forwardRef, useEffect, useId } from "react";
import { Announcer, useAnnouncer } from "../internal/announcer";
import { cx } from "../internal/class-names";
import { Heading, type HeadingLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { useAfterFirstPaint } from "../internal/use-after-first-paint";
import { type ExerciseVideoController, type UseExerciseVideoOptions, useExerciseVideo } from "./use-exercise-video";
import { usePosterSettled } from "./use-poster-settled";
import { VideoChapters } from "./video-chapters";
import { VideoControls } from "./video-controls";
import { PlayIcon } from "./video-icons";
import { VideoTranscript } from "./video-transcript";

/** The message bundles this component shows strings from. */
const BUNDLES = [videoMessages, contentMessages];

export interface ExerciseVideoProps
  extends UseExerciseVideoOptions,
    Omit<ComponentPropsWithoutRef<"div">, "children" | "onError"> {
  /**
   * A controller from `useExerciseVideo()` created by the parent, to share the video's state with other parts
   * of the page, e.g. `<CueList activeCueId={video.activeCue?.id} onCueSelect={(_, id) => video.actions.seekChapter(id)} />`.
   * When given, the other options are ignored (they were passed to the hook).
   */
  controller?: ExerciseVideoController;
  /** Heading level of the Steps and Transcript headings. @default 3 */
  headingLevel?: HeadingLevel;
  /** Show the chapter list. @default true */
  showChapters?: boolean;
  /** Show the transcript. @default true */
  showTranscript?: boolean;
}

/**
 * An exercise video on the native `<video>` element with the kit's own controls, cue chapters, captions and an
 * interactive transcript. If the video cannot play, it shows the poster, the written steps and the transcript.
 * @selector [data-slot="exercise-video"][data-state="playing" | "paused" | "error"]
 * @selector [data-slot="exercise-video"][data-pending] on a fresh client mount, until the whole player is mounted
 * @selector [data-slot="chapter"][data-state="active"]
 * @selector [data-slot="transcript-line"][data-state="active"]
 */
export const ExerciseVideo = forwardRef<HTMLDivElement, ExerciseVideoProps>(function ExerciseVideo(
  { controller, ...props },
  ref,
) {
  if (controller) return <ExerciseVideoView video={controller} rootRef={ref} {...viewProps(props)} />;
  return <ExerciseVideoWithHook {...props} rootRef={ref} />;
});

function ExerciseVideoWithHook({
  rootRef,
  ...props
}: Omit<ExerciseVideoProps, "controller"> & { rootRef: ForwardedRef<HTMLDivElement> }) {
  const video = useExerciseVideo(props);
  return <ExerciseVideoView video={video} rootRef={rootRef} {...viewProps(props)} />;
}

type ViewProps = Pick<ExerciseVideoProps, "headingLevel" | "showChapters" | "showTranscript"> &
  Omit<ComponentPropsWithoutRef<"div">, "children" | "onError">;

// Splits the DOM and view props from the hook's options so the options do not end up as attributes.
function viewProps(props: Omit<ExerciseVideoProps, "controller">): ViewProps {
  const {
    exercise,
    sources,
    cues,
    captions,
    poster,
    locale,
    messages,
    keyShortcuts,
    lazy,
    defaultCaptionsOn,
    captionsOn,
    autoPlayMutedLoop,
    reducedMotion,
    crossOrigin,
    onActiveCueChange,
    stallTimeoutMs,
    captionTimeoutMs,
    ...rest
  } = props;
  return rest;
}

function ExerciseVideoView({
  video,
  rootRef,
  headingLevel = 3,
  showChapters = true,
  showTranscript = true,
  className,
  ...rest
}: ViewProps & { video: ExerciseVideoController; rootRef?: ForwardedRef<HTMLDivElement> }) {
  const t = createTranslator(video.locale, video.messages, BUNDLES);
  const hintId = useId();
  const trackErrorId = useId();
  const { state } = video;
  const failed = state.error !== undefined;
  const exercise = video.exercise;
  const name = exercise?.name ? localize(exercise.name, video.locale).text : undefined;
  const alt = exercise?.media?.alt ? localize(exercise.media.alt, video.locale).text : "";
  const steps =
    exercise?.steps ?? exercise?.cues?.map((cue) => cue.text) ?? video.chapters.map((c) => ({ "en-GB": c.label }));
  const playerProps = video.getPlayerProps();
  const errorText = failed ? t(state.error === "stalled" ? "video.stalled" : "video.error") : "";
  const trackErrorText = state.trackError && !failed ? t("video.trackError") : "";
  const chapterText =
    state.playing && video.activeChapter ? t("video.currentChapter", { chapter: video.activeChapter.label }) : "";
  // A fresh client mount paints the poster, Play and the player's name first and the rest of the player in the
  // frame after the poster's, so the poster shows as soon as a bare <video poster> would (issue #17). Server HTML
  // and hydration have it all; a failed video or caption file shows its written steps and transcript at once.
  const poster = usePosterSettled(Boolean(video.poster) && !state.frameReady && !failed);
  const full = useAfterFirstPaint(poster.settled) || failed || state.trackError;
  // The visible notices are content; screen readers hear them, and the chapter while playing, once per change
  // through the kit's one live region.
  const [heard, announce] = useAnnouncer();
  useEffect(() => announce(errorText), [errorText, announce]);
  useEffect(() => announce(trackErrorText), [trackErrorText, announce]);
  useEffect(() => announce(chapterText), [chapterText, announce]);

  return (
    <div
      {...rest}
      ref={rootRef}
      className={cx("mk-exercise-video", className)}
      data-slot="exercise-video"
      data-state={failed ? "error" : state.playing ? "playing" : "paused"}
      data-fullscreen={state.fullscreen ? "" : undefined}
      data-pending={full ? undefined : ""}
    >
      <div
        {...playerProps}
        className="mk-exercise-video__player"
        data-slot="player"
        role="group"
        aria-label={name ? `${t("video.label")}: ${name}` : t("video.label")}
        aria-describedby={failed ? undefined : hintId}
      >
        {failed ? (
          <div className="mk-exercise-video__fallback" data-slot="fallback">
            {video.poster && <img className="mk-exercise-video__poster" src={video.poster} alt={alt} />}
            <p className="mk-exercise-video__notice" data-slot="error">
              {errorText}
            </p>
          </div>
        ) : (
          <>
            <div className="mk-exercise-video__frame">
              {/* Captions come from <track>; the transcript below carries them too. */}
              <video {...video.getVideoProps()} className="mk-exercise-video__video" aria-label={alt || undefined}>
                {video.getTrackProps().map(({ key, ...track }) => (
                  <track key={key} {...track} />
                ))}
              </video>
              {/* The poster: the player's only image, fetched by the browser only near the viewport (native lazy
                  loading works in server HTML too). Clicks pass through to the video, which toggles play. */}
              {video.poster && !state.frameReady && (
                <img
                  className="mk-exercise-video__poster mk-exercise-video__poster--overlay"
                  data-slot="poster"
                  ref={poster.ref}
                  onLoad={poster.onLoad}
                  onError={poster.onError}
                  src={video.poster}
                  alt=""
                  loading="lazy"
                  decoding="async"
                />
              )}
              {/* The large play sign before the first play. Decorative: a click passes through to the video, which
                  plays; keyboard and screen-reader users have the Play button in the bar, so it adds no stop. */}
              {!state.playing && !state.frameReady && (
                <span className="mk-exercise-video__overlay" data-slot="play-overlay" aria-hidden="true">
                  <PlayIcon />
                </span>
              )}
            </div>
            <VideoControls video={video} trackErrorId={trackErrorId} full={full} />
            <p id={hintId} className="mk-visually-hidden">
              {t("video.shortcuts")}
            </p>
          </>
        )}
      </div>
      {state.trackError && !failed && (
        <p id={trackErrorId} className="mk-exercise-video__notice" data-slot="track-error">
          {trackErrorText}
        </p>
      )}
      <Announcer message={heard} slot="exercise-video-announcer" />
      {full && showChapters && !failed && <VideoChapters video={video} />}
      {(failed || state.trackError) && steps.length > 0 && (
        <section className="mk-exercise-video__steps" data-slot="steps" aria-label={t("video.steps")}>
          <Heading level={headingLevel} className="mk-exercise-video__heading">
            {t("video.steps")}
          </Heading>
          <ol>
            {steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are an ordered list without ids.
              <Localized key={index} as="li" text={step} locale={video.locale} t={t} />
            ))}
          </ol>
        </section>
      )}
      {full && showTranscript && <VideoTranscript video={video} headingLevel={headingLevel} interactive={!failed} />}
    </div>
  );
}
