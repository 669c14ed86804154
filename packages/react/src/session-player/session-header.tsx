import type { Translator } from "@movekit/core";
import { type SessionState, sessionProgress } from "@movekit/core/session";
import { Heading, type HeadingLevel } from "../internal/heading";

export interface SessionHeaderProps {
  state: SessionState;
  title: string;
  titleId: string;
  headingLevel: HeadingLevel;
  /** The store failed: say so where it is seen first; the session carries on. */
  storeFailed: boolean;
  t: Translator;
}

/**
 * The player's title, "Exercise 2 of 4" and a progress bar, and the notice when progress cannot be saved.
 * @selector [data-slot="session-store-notice"] when the store failed
 */
export function SessionHeader({ state, title, titleId, headingLevel, storeFailed, t }: SessionHeaderProps) {
  const progress = sessionProgress(state);
  return (
    <header className="mk-session-player__header" data-slot="session-header">
      <Heading level={headingLevel} id={titleId} className="mk-session-player__title">
        {title}
      </Heading>
      <p className="mk-session-player__progress-text" data-slot="session-progress-text">
        {t("session.exerciseOf", { current: progress.exercise, total: progress.exercises })}
      </p>
      <progress
        className="mk-session-player__progress"
        data-slot="session-progress"
        aria-label={t("session.progress")}
        max={Math.max(1, progress.blocks)}
        value={progress.blocksDone}
      />
      {storeFailed && (
        <p className="mk-session-player__store-notice" data-slot="session-store-notice">
          {t("session.storeFailed")}
        </p>
      )}
    </header>
  );
}
