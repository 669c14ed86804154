import {
  type Catalogue,
  type Exercise,
  type HandoutEntry,
  isSafeUrl,
  type Locale,
  type Translator,
  type UnitSystem,
} from "@movekit/core";
import { ErrorBoundary } from "@movekit/react/error-boundary";
import type { ErrorInfo } from "react";
import { CueList } from "../cue-list/cue-list";
import { DosageSummary } from "../dosage-summary/dosage-summary";
import { IncompleteNotice, SafetyGaps } from "../error-boundary/incomplete-exercise";
import { ExerciseSafetyParts } from "../exercise-detail/exercise-safety-parts";
import type { EmergencyNumbers } from "../internal/emergency-number";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { inspectExercise } from "../internal/inspect-exercise";
import { Localized, localizedString } from "../internal/localized";
import { HandoutPicture } from "./handout-picture";
import { LazyQrCode } from "./lazy-parts";

export interface HandoutProps {
  entries: readonly HandoutEntry[];
  headingLevel: HeadingLevel;
  locale: Locale | string;
  units: UnitSystem | undefined;
  t: Translator;
  messages: Partial<Catalogue> | undefined;
  emergencyNumbers: EmergencyNumbers;
  getVideoHref: (exercise: Exercise) => string | undefined;
  /** Id of each exercise's article, so session tables can link to it. */
  exerciseId: (exercise: Exercise) => string;
  /** Told when an exercise's part fails to render and shows its fallback instead. */
  onError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * Every exercise of the programme once, with its dose per phase, cues, contraindications and red flags, so the
 * safety information sits next to each exercise on screen and on paper. Its picture and the QR code to its video
 * are print-only.
 * Each exercise's instructions and its safety parts have error boundaries of their own; the exercises come
 * checked field by field (see checked-exercises), so a broken one loses only its broken parts, in server HTML too.
 * @selector [data-slot="handout"] [data-slot="handout-exercise"][data-exercise]
 */
export function Handout({
  entries,
  headingLevel,
  locale,
  units,
  t,
  messages,
  emergencyNumbers,
  getVideoHref,
  exerciseId,
  onError,
}: HandoutProps) {
  const sub = nextLevel(headingLevel);
  return (
    <section className="mk-programme-view__handout" data-slot="handout">
      <Heading level={headingLevel}>{t("programme.handout.heading")}</Heading>
      {entries.map(({ exercise, doses }) => {
        const { problems, broken, safety } = inspectExercise(exercise);
        const name = localizedString(exercise.name, locale);
        const url = getVideoHref(exercise);
        const safeUrl = url && isSafeUrl(url) ? url : undefined;
        return (
          <article
            key={exercise.id}
            id={exerciseId(exercise)}
            className="mk-handout__exercise"
            data-slot="handout-exercise"
            data-exercise={exercise.id}
          >
            <div className="mk-handout__main">
              <Heading level={sub} className="mk-handout__title">
                {broken.has("name") ? (
                  t("exerciseSafety.unnamed")
                ) : (
                  <Localized text={exercise.name} locale={locale} t={t} />
                )}
              </Heading>
              {problems.length > 0 && <IncompleteNotice t={t} />}
              <ErrorBoundary
                fallback={<p data-slot="section-error">{t("programme.sectionError")}</p>}
                onError={onError}
              >
                {!broken.has("startPosition") && (
                  <Localized as="p" text={exercise.startPosition} locale={locale} t={t} />
                )}
                <ul className="mk-handout__doses">
                  {doses.map(({ phase, index, dosage }) => (
                    <li key={phase.id}>
                      <strong>
                        {t("programme.phaseNumber", { number: index + 1 })}{" "}
                        <Localized text={phase.title} locale={locale} t={t} />
                      </strong>
                      {dosage && (
                        <DosageSummary dosage={dosage} locale={locale} units={units} showSessionTime={false} />
                      )}
                    </li>
                  ))}
                </ul>
                <CueList cues={exercise.cues} locale={locale} messages={messages} headingLevel={nextLevel(sub)} />
              </ErrorBoundary>
              <SafetyGaps unreadable={safety.unreadable} missing={false} t={t} />
              <ExerciseSafetyParts
                fields={safety}
                locale={locale}
                t={t}
                headingLevel={nextLevel(sub)}
                messages={messages}
                emergencyNumbers={emergencyNumbers}
                onError={onError}
              />
            </div>
            <HandoutPicture exercise={exercise} locale={locale} />
            {safeUrl && (
              <figure className="mk-handout__qr" data-slot="handout-qr" data-print="only">
                <LazyQrCode
                  fallback={<span className="mk-handout__qr-code" data-slot="qr-loading" aria-hidden="true" />}
                  className="mk-handout__qr-code"
                  value={safeUrl}
                  label={t("programme.handout.qrLabel", { exercise: name })}
                />
                <figcaption>
                  {t("programme.handout.scan")}
                  <span className="mk-handout__url">{safeUrl}</span>
                </figcaption>
              </figure>
            )}
          </article>
        );
      })}
    </section>
  );
}
