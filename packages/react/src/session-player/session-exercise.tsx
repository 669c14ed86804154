import type { Catalogue, Exercise, Locale, MovementDemoSpec, Translator, UnitSystem } from "@movekit/core";
import type { SessionStep } from "@movekit/core/session";
import type { ReactNode } from "react";
import { DosageSummary } from "../dosage-summary/dosage-summary";
import type { EmergencyNumbers } from "../internal/emergency-number";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { RedFlagNotices } from "../red-flag-notices/red-flag-notices";
import { LazySessionMedia } from "./lazy-parts";
import { SessionStartPosition } from "./session-start-position";

export interface SessionExerciseProps {
  step: SessionStep;
  exercise: Exercise | undefined;
  /** "Set 1 of 2, left side". */
  where: string;
  /** The countdown, counter and hints. */
  status: ReactNode;
  /** The buttons, the pain prompt or the resume offer. */
  controls: ReactNode;
  /**
   * The first screen: the exercise's warning signs come before the one large Start button, compact but whole,
   * most urgent first. During the session they follow the controls, so the main button stays by the countdown.
   */
  firstScreen: boolean;
  movementDemos: Readonly<Record<string, MovementDemoSpec>> | undefined;
  renderMedia: ((exercise: Exercise) => ReactNode) | undefined;
  headingLevel: HeadingLevel;
  emergencyNumbers: EmergencyNumbers | undefined;
  units: UnitSystem | undefined;
  messages: Partial<Catalogue> | undefined;
  locale: Locale | string;
  t: Translator;
}

/** The exercise on screen: its demonstration, name, dose, where the person is, status, controls and safety. */
export function SessionExercise({
  step,
  exercise,
  where,
  status,
  controls,
  firstScreen,
  movementDemos,
  renderMedia,
  headingLevel,
  emergencyNumbers,
  units,
  messages,
  locale,
  t,
}: SessionExerciseProps) {
  const safety = exercise && exercise.redFlags.length > 0 && (
    <RedFlagNotices
      className="mk-session-player__safety"
      data-density={firstScreen ? "compact" : undefined}
      redFlags={exercise.redFlags}
      locale={locale}
      emergencyNumbers={emergencyNumbers}
      headingLevel={nextLevel(headingLevel)}
      messages={messages}
    />
  );
  const howTo = exercise && exercise.steps.length > 0 && (
    <details className="mk-session-player__how" data-slot="session-how">
      <summary>{t("session.howTo")}</summary>
      <ol>
        {exercise.steps.map((text, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are static content in a fixed order.
          <Localized key={index} as="li" text={text} locale={locale} t={t} />
        ))}
      </ol>
    </details>
  );
  return (
    <div className="mk-session-player__exercise" data-slot="session-exercise">
      <div className="mk-session-player__media" data-slot="session-media">
        {exercise ? (
          renderMedia ? (
            renderMedia(exercise)
          ) : (
            <LazySessionMedia
              fallback={
                <div className="mk-session-player__media-loading" data-slot="session-media-loading" aria-busy="true" />
              }
              failed={<SessionStartPosition exercise={exercise} locale={locale} t={t} />}
              exercise={exercise}
              demo={movementDemos?.[exercise.id]}
              headingLevel={nextLevel(nextLevel(headingLevel))}
              locale={locale}
              t={t}
            />
          )
        ) : (
          <p>{t("session.unknownExercise", { id: step.exerciseId })}</p>
        )}
      </div>
      <div className="mk-session-player__main">
        <Heading level={nextLevel(headingLevel)} className="mk-session-player__exercise-name">
          {exercise ? <Localized text={exercise.name} locale={locale} t={t} /> : step.exerciseId}
        </Heading>
        <DosageSummary dosage={step.dosage} locale={locale} variant="compact" units={units} />
        <p className="mk-session-player__where" data-slot="session-where">
          {where}
        </p>
        {status}
        {!firstScreen && controls}
        {howTo}
      </div>
      {safety}
      {firstScreen && <div className="mk-session-player__start">{controls}</div>}
    </div>
  );
}
