import { contentMessages, createTranslator } from "@movekit/core";
import { formatClock, videoMessages } from "@movekit/core/video";
import type { ExerciseVideoController } from "./use-exercise-video";

/** The message bundles this component shows strings from. */
const BUNDLES = [videoMessages, contentMessages];

/** Chapters from the cue time ranges, as buttons that seek; the playing one is marked `aria-current`. */
export function VideoChapters({ video }: { video: ExerciseVideoController }) {
  const t = createTranslator(video.locale, video.messages, BUNDLES);
  if (video.chapters.length === 0) return null;
  return (
    <nav className="mk-exercise-video__chapters" data-slot="chapters" aria-label={t("video.chapters")}>
      <ol>
        {video.chapters.map((chapter) => {
          const active = chapter.id === video.activeChapter?.id;
          return (
            <li key={chapter.id}>
              <button
                type="button"
                className="mk-exercise-video__chapter"
                data-slot="chapter"
                data-state={active ? "active" : "inactive"}
                data-kind={chapter.kind}
                aria-current={active ? "true" : undefined}
                onClick={() => video.actions.seekChapter(chapter.id)}
              >
                <span className="mk-exercise-video__chapter-time">{formatClock(chapter.start)}</span>
                <span lang={chapter.lang === video.locale ? undefined : chapter.lang}>{chapter.label}</span>
                {chapter.isFallback && <span className="mk-fallback-marker">{t("content.inEnglish")}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
