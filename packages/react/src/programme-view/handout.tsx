import {
  type Catalogue,
  CUE_ROLES,
  type Exercise,
  type HandoutEntry,
  isSafeUrl,
  type Locale,
  type Translator,
  type UnitSystem,
} from "@movekit/core";
import { ErrorBoundary } from "@movekit/react/error-boundary";
import { type ErrorInfo, memo, useState } from "react";
import { CueList } from "../cue-list/cue-list";
import { DosageSummary } from "../dosage-summary/dosage-summary";
import { IncompleteNotice, SafetyGaps } from "../error-boundary/incomplete-exercise";
import { ExerciseSafetyParts } from "../exercise-detail/exercise-safety-parts";
import type { EmergencyNumbers } from "../internal/emergency-number";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { inspectExercise } from "../internal/inspect-exercise";
import { Localized, localizedNode, localizedString } from "../internal/localized";
import { disclosureTrigger } from "./disclosure";
import { HandoutPicture } from "./handout-picture";
import { LazyQrCode } from "./lazy-parts";
import { SectionError } from "./section-error";

interface Shared {
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
  /** Every exercise's "How to do it" open, whatever the reader chose (printing). */
  allOpen: boolean;
}

export interface HandoutProps extends Shared {
  /** The programme's exercises (checked field by field), each once, in order of first use, with its dose per phase. */
  entries: readonly HandoutEntry[];
  headingLevel: HeadingLevel;
}

// Safety cues ("don't carry on through sharp pain") are safety text: shown beside the warning signs, never behind
// "How to do it", which holds the other roles.
const SAFETY_CUES = ["safety"] as const;
const TEACHING_CUES = CUE_ROLES.filter((role) => role !== "safety");

/**
 * Every exercise of the programme once: its name and its safety (contraindications and red flags) always
 * shown, and "How to do it" (start position, dose per phase, cues) as a disclosure rendered only while open, so
 * the guide's first paint is the safety of every exercise and nothing else. Printing opens every exercise. Its
 * picture and the QR code to its video are print-only.
 * Each exercise's instructions and its safety parts have error boundaries of their own; the exercises come
 * checked field by field (see checked-exercises), so a broken one loses only its broken parts, in server HTML too.
 * @selector [data-slot="handout"] [data-slot="handout-exercise"][data-exercise]
 * @selector [data-slot="handout-safety-cues"] an exercise's safety cues, always shown beside its warning signs
 * @selector [data-slot="handout-how-to"] an exercise's "How to do it" content, in the DOM only while open
 */
export function Handout({ entries, headingLevel, ...shared }: HandoutProps) {
  const sub = nextLevel(headingLevel);
  return (
    <section className="mk-programme-view__handout" data-slot="handout">
      <Heading level={headingLevel}>{shared.t("programme.handout.heading")}</Heading>
      {entries.map(({ exercise, doses }) => (
        <HandoutExercise key={exercise.id} exercise={exercise} doses={doses} headingLevel={sub} {...shared} />
      ))}
    </section>
  );
}

interface HandoutExerciseProps extends Shared {
  exercise: Exercise;
  doses: HandoutEntry["doses"];
  headingLevel: HeadingLevel;
}

/** One exercise of the guide; memoised, so opening one exercise re-renders that exercise only. */
const HandoutExercise = memo(function HandoutExercise({
  exercise,
  headingLevel,
  locale,
  units,
  t,
  messages,
  emergencyNumbers,
  getVideoHref,
  exerciseId,
  onError,
  allOpen,
  doses,
}: HandoutExerciseProps) {
  const [open, setOpen] = useState(false);
  const shown = allOpen || open;
  // Free here: checked-exercises already inspected this object, and the result is cached per object.
  const { problems, broken, safety } = inspectExercise(exercise);
  const name = localizedString(exercise.name, locale);
  const url = getVideoHref(exercise);
  const safeUrl = url && isSafeUrl(url) ? url : undefined;
  const id = exerciseId(exercise);
  const contentId = `${id}-how-to`;
  const partLevel = nextLevel(headingLevel);
  return (
    <article id={id} className="mk-handout__exercise" data-slot="handout-exercise" data-exercise={exercise.id}>
      <div className="mk-handout__main">
        <Heading level={headingLevel} id={`${id}-name`} className="mk-handout__title">
          {broken.has("name") ? t("exerciseSafety.unnamed") : localizedNode(exercise.name, locale, t)}
        </Heading>
        {problems.length > 0 && <IncompleteNotice t={t} />}
        {/* Safety first and never collapsed: it is what the guide's first paint is for. */}
        <SafetyGaps unreadable={safety.unreadable} missing={false} t={t} />
        <ExerciseSafetyParts
          fields={safety}
          locale={locale}
          t={t}
          headingLevel={partLevel}
          messages={messages}
          emergencyNumbers={emergencyNumbers}
          onError={onError}
        />
        {!broken.has("cues") && exercise.cues.some((cue) => cue.role === "safety") && (
          <ErrorBoundary fallback={<SectionError t={t} />} onError={onError}>
            <section aria-labelledby={`${id}-safety-cues`} data-slot="handout-safety-cues">
              <Heading level={partLevel} id={`${id}-safety-cues`}>
                {t("programme.handout.safetyCues")}
              </Heading>
              <CueList
                cues={exercise.cues}
                roles={SAFETY_CUES}
                label={t("programme.handout.safetyCues")}
                locale={locale}
                messages={messages}
              />
            </section>
          </ErrorBoundary>
        )}
        {/* The WAI-ARIA disclosure pattern as one button (no heading, no extra elements): there is one per exercise. */}
        <button
          type="button"
          id={`${id}-how-to-button`}
          // Its own words, then the exercise's name: twenty "How to do it" buttons can be told apart by ear.
          aria-labelledby={`${id}-how-to-button ${id}-name`}
          className="mk-disclosure__trigger mk-handout__how-to"
          // Toggles the reader's own choice: while printing, every exercise is open whatever it is.
          {...disclosureTrigger(shown, contentId, () => setOpen(!open))}
        >
          {t("programme.handout.howTo")}
        </button>
        {shown && (
          <div id={contentId} className="mk-handout__how-to-content" data-slot="handout-how-to">
            <ErrorBoundary fallback={<SectionError t={t} />} onError={onError}>
              {!broken.has("startPosition") && <Localized as="p" text={exercise.startPosition} locale={locale} t={t} />}
              <ul className="mk-handout__doses">
                {doses.map(({ phase, index, dosage }) => (
                  <li key={phase.id}>
                    <strong>
                      {t("programme.phaseNumber", { number: index + 1 })}{" "}
                      <Localized text={phase.title} locale={locale} t={t} />
                    </strong>
                    {dosage && <DosageSummary dosage={dosage} locale={locale} units={units} showSessionTime={false} />}
                  </li>
                ))}
              </ul>
              <CueList
                cues={exercise.cues}
                roles={TEACHING_CUES}
                locale={locale}
                messages={messages}
                headingLevel={partLevel}
              />
            </ErrorBoundary>
          </div>
        )}
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
});
