import { contentMessages, createTranslator, localize } from "@movekit/core";
import { activeChapterAt, formatClock, videoMessages } from "@movekit/core/video";
import { useId } from "react";
import { Heading, type HeadingLevel } from "../internal/heading";
import type { ExerciseVideoController } from "./use-exercise-video";

/** The message bundles this component shows strings from. */
const BUNDLES = [videoMessages, contentMessages];

/**
 * The transcript: the content's description of what the video shows, then the lines. Before play it is built
 * from the exercise's timed cues (no caption file is fetched); once the caption file has loaded, its lines (plain
 * text from the VTT) take over. Without timed cues, a button fetches the caption file. Lines are buttons that
 * seek while the video works, and plain text once it has failed.
 */
export function VideoTranscript({
  video,
  headingLevel,
  interactive,
}: {
  video: ExerciseVideoController;
  headingLevel: HeadingLevel;
  interactive: boolean;
}) {
  const t = createTranslator(video.locale, video.messages, BUNDLES);
  const description = video.exercise?.media?.transcript;
  const text = description ? localize(description, video.locale) : undefined;
  const { status } = video.transcript;
  const fromCaptions = status === "ready" && video.transcript.lines.length > 0;
  const fromContent = video.chapters.filter((chapter) => chapter.cueId !== undefined);
  const lines: ReadonlyArray<{ start: number; end: number; text: string; lang?: string }> = fromCaptions
    ? video.transcript.lines
    : fromContent.map((c) => ({ start: c.start, end: c.end, text: c.label, lang: c.isFallback ? c.lang : undefined }));
  const active = interactive ? activeChapterAt(lines, video.state.currentTime) : undefined;
  const lang = fromCaptions ? video.state.captionLang : video.locale;
  const canLoad = !fromCaptions && lines.length === 0 && status === "idle" && video.captionTracks.length > 0;
  const headingId = useId();
  return (
    <section className="mk-exercise-video__transcript" data-slot="transcript" aria-labelledby={headingId}>
      <Heading level={headingLevel} className="mk-exercise-video__heading" id={headingId}>
        {t("video.transcript")}
      </Heading>
      {text?.text && (
        <p lang={text.lang === video.locale ? undefined : text.lang} data-slot="transcript-description">
          {text.text}
          {text.isFallback && <span className="mk-fallback-marker"> {t("content.inEnglish")}</span>}
        </p>
      )}
      {status === "loading" && lines.length === 0 && (
        <p data-slot="transcript-status">{t("video.transcriptLoading")}</p>
      )}
      {status === "error" && !text?.text && lines.length === 0 && (
        <p data-slot="transcript-status">{t("video.transcriptUnavailable")}</p>
      )}
      {canLoad && interactive && (
        <button
          type="button"
          className="mk-exercise-video__button"
          data-slot="transcript-load"
          onClick={video.actions.load}
        >
          {t("video.showTranscript")}
        </button>
      )}
      {lines.length > 0 && (
        <ol className="mk-exercise-video__lines" lang={lang} data-source={fromCaptions ? "captions" : "content"}>
          {lines.map((line, index) => {
            const content = (
              <>
                <span className="mk-exercise-video__chapter-time">{formatClock(line.start)}</span>
                <span className="mk-exercise-video__line-text" lang={line.lang}>
                  {line.text}
                </span>
              </>
            );
            const isActive = line === active;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: caption lines have no id of their own.
              <li key={index} data-slot="transcript-line" data-state={isActive ? "active" : "inactive"}>
                {interactive ? (
                  <button
                    type="button"
                    className="mk-exercise-video__line"
                    aria-current={isActive ? "true" : undefined}
                    onClick={() => video.actions.seek(line.start)}
                  >
                    {content}
                  </button>
                ) : (
                  <span className="mk-exercise-video__line">{content}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
