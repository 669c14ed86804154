import {
  activeChapterAt,
  contentMessages,
  createTranslator,
  formatClock,
  localize,
  registerMessages,
  videoMessages,
} from "@movekit/core";
import { useId } from "react";
import { Heading, type HeadingLevel } from "../internal/heading";
import type { ExerciseVideoController } from "./use-exercise-video";

registerMessages(contentMessages, videoMessages);

/**
 * The transcript: the content's description of what the video shows, then the caption lines (plain text from
 * the VTT). Lines are buttons that seek while the video works, and plain text once it has failed.
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
  const t = createTranslator(video.locale, video.messages);
  const description = video.exercise?.media?.transcript;
  const text = description ? localize(description, video.locale) : undefined;
  const { status, lines } = video.transcript;
  const active = interactive ? activeChapterAt(lines, video.state.currentTime) : undefined;
  const lang = video.state.captionLang;
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
      {status === "error" && !text?.text && <p data-slot="transcript-status">{t("video.transcriptUnavailable")}</p>}
      {lines.length > 0 && (
        <ol className="mk-exercise-video__lines" lang={lang}>
          {lines.map((line, index) => {
            const content = (
              <>
                <span className="mk-exercise-video__chapter-time">{formatClock(line.start)}</span>
                <span className="mk-exercise-video__line-text">{line.text}</span>
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
