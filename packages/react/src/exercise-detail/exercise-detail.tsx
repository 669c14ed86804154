import {
  type Catalogue,
  contentMessages,
  createTranslator,
  DEFAULT_LOCALE,
  type Dosage,
  type Exercise,
  exerciseDetailMessages,
  exerciseSafetyMessages,
  isSafeUrl,
  type Locale,
  localize,
  resolveLocale,
  type Translator,
  type UnitSystem,
} from "@movekit/core";
// Client components come in through their public entries, which start with "use client": the published build
// keeps these imports, so this module stays usable as a React Server Component (a relative import would inline
// the ladder's context-reading code here, without the directive).
import { ErrorBoundary } from "@movekit/react/error-boundary";
import { type LadderExercise, ProgressionLadder } from "@movekit/react/progression-ladder";
import { type ComponentPropsWithoutRef, type ErrorInfo, forwardRef, type ReactNode } from "react";
import { CueList } from "../cue-list/cue-list";
import { DosageSummary } from "../dosage-summary/dosage-summary";
import { IncompleteNotice, reportIncomplete, SafetyFallback } from "../error-boundary/incomplete-exercise";
import { EvidenceList } from "../evidence-list/evidence-list";
import { cx } from "../internal/class-names";
import type { EmergencyNumbers } from "../internal/emergency-number";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { inspectExercise } from "../internal/inspect-exercise";
import { Localized } from "../internal/localized";
import type { LinkComponent } from "../movekit-provider/movekit-context";
import { ExerciseSafetyParts } from "./exercise-safety-parts";
import { UrgentLine } from "./exercise-urgent-line";

/** The message bundles this component shows strings from. */
const BUNDLES = [exerciseDetailMessages, contentMessages, exerciseSafetyMessages];

export interface ExerciseDetailProps extends Omit<ComponentPropsWithoutRef<"article">, "children"> {
  /** The exercise to show in full. */
  exercise: Exercise;
  /**
   * What fills the media slot, such as the exercise video component. A function gets the exercise.
   * @default the poster image with its alt text, or nothing when the exercise has no media
   */
  media?: ReactNode | ((exercise: Exercise) => ReactNode);
  /** Dosage to show instead of the exercise's default (for example a programme's). */
  dosage?: Dosage;
  /** Unit system. @default by locale */
  units?: UnitSystem;
  /** BCP 47 locale. @default "en-GB" */
  locale?: Locale | string;
  /** The number to call in an emergency, overriding `emergencyNumbers`. @default by locale */
  emergencyNumber?: string;
  /** The clinic's emergency numbers by locale (as given to MovekitProvider). */
  emergencyNumbers?: EmergencyNumbers;
  /** Exercises the progression ladder links to, for their names. */
  exercises?: ReadonlyArray<LadderExercise>;
  /** URL of another exercise's page, for the ladder's links. */
  getHref?: (exercise: LadderExercise) => string | undefined;
  /** Link element for the ladder. @default the MovekitProvider's */
  linkComponent?: LinkComponent;
  /** Level of the exercise name; section headings go one below. @default 2 */
  headingLevel?: HeadingLevel | 1;
  /** Prefix for the section ids (for in-page links). @default "mk-<exercise id>" */
  idPrefix?: string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
  /**
   * Told when a section (or the media slot) fails to render and shows its fallback instead. A function cannot
   * pass from a Server Component to a client one, so give it only when rendering ExerciseDetail on the client.
   */
  onSectionError?: (error: unknown, info: ErrorInfo) => void;
}

/**
 * A whole exercise: title, lead and the most urgent "stop and get help" line (from the red flags, so it is on the
 * first screen), media, then safety (contraindications and red flags, before the steps so they are always seen,
 * never collapsed; two columns when the page is wide), dosage, start position, steps, cues by role, what you should feel, common mistakes,
 * easier and harder versions, evidence, review and licence. Static, so it works as a React Server Component;
 * the ladder and the error boundaries inside are client components.
 * Every part sits in its own error boundary: a part that throws shows a short local fallback and the rest stays.
 * Safety (contraindications, red flags) renders from its own fields in boundaries of its own, apart from the
 * steps, cues, dosage and media, and its fallback says what to do instead. Malformed props never throw to the
 * host: each field is checked first (`inspectExercise`), a broken one costs only its part, the notice "This
 * exercise's information is incomplete" shows, and development builds log one console.error naming the field.
 * @selector [data-slot="exercise-incomplete"] the notice for broken content
 * @selector [data-slot="exercise-detail-section"][data-section]
 * @selector [data-slot="exercise-detail-urgent"][data-severity] the most urgent red-flag tier, at the top
 * @selector [data-slot="error-boundary"] a part that failed to render
 */
export const ExerciseDetail = forwardRef<HTMLElement, ExerciseDetailProps>(function ExerciseDetail(
  {
    exercise: input,
    media,
    dosage,
    units,
    locale = DEFAULT_LOCALE,
    emergencyNumber,
    emergencyNumbers,
    exercises,
    getHref,
    linkComponent,
    headingLevel = 2,
    idPrefix: idPrefixProp,
    messages,
    onSectionError,
    className,
    ...rest
  }: ExerciseDetailProps,
  ref,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  const inspected = inspectExercise(input);
  reportIncomplete(inspected, "ExerciseDetail");
  const { exercise, broken } = inspected;
  const ok = (...fields: string[]) => fields.every((field) => !broken.has(field));
  const raw: Partial<Exercise> = typeof input === "object" && input !== null ? input : {};
  const idPrefix = idPrefixProp ?? `mk-${exercise.id}`;
  const dose = dosage ?? (ok("defaultDosage") ? exercise.defaultDosage : undefined);
  const sectionLevel = (headingLevel === 1 ? 2 : nextLevel(headingLevel)) as HeadingLevel;
  const innerLevel = nextLevel(sectionLevel);
  const text = (value: Exercise["summary"], as: "p" | "li" | "span" = "p", className?: string) => (
    <Localized text={value} locale={locale} t={t} as={as} className={className} />
  );
  // The boundary goes inside the section, so its heading still says which part is missing.
  const guarded = (children: ReactNode) => (
    <ErrorBoundary locale={locale} messages={messages} onError={onSectionError}>
      {children}
    </ErrorBoundary>
  );
  const section = (key: string, title: string, children: ReactNode) => (
    <Section id={`${idPrefix}-${key}`} name={key} title={title} level={sectionLevel}>
      {guarded(children)}
    </Section>
  );
  const TitleTag = `h${headingLevel}` as const;
  const staticMedia = typeof media === "function" ? undefined : (media ?? poster(exercise, locale));
  const showMedia = typeof media === "function" || Boolean(staticMedia);

  return (
    <article
      {...rest}
      ref={ref}
      className={cx("mk-exercise-detail", className)}
      data-slot="exercise-detail"
      aria-labelledby={`${idPrefix}-title`}
    >
      {/* Title, lead and the most urgent safety line first; the picture beside them when there is room. */}
      <div className="mk-exercise-detail__intro" data-slot="exercise-detail-intro">
        <header className="mk-exercise-detail__header" data-slot="exercise-detail-header">
          <TitleTag id={`${idPrefix}-title`} className="mk-exercise-detail__title">
            {ok("name") ? <Localized text={exercise.name} locale={locale} t={t} /> : t("exerciseSafety.unnamed")}
          </TitleTag>
          {ok("summary") && text(exercise.summary, "p", "mk-exercise-detail__summary")}
          <ErrorBoundary
            locale={locale}
            messages={messages}
            onError={onSectionError}
            fallback={<SafetyFallback t={t} />}
          >
            <UrgentLine
              redFlags={raw.redFlags}
              locale={locale}
              t={t}
              emergencyNumber={emergencyNumber}
              emergencyNumbers={emergencyNumbers}
            />
          </ErrorBoundary>
        </header>

        {showMedia && (
          <div className="mk-exercise-detail__media" data-slot="exercise-detail-media">
            {guarded(typeof media === "function" ? <MediaSlot render={media} exercise={exercise} /> : staticMedia)}
            {/* Paper cannot play a video: a slotted player prints as the poster (hidden on screen). */}
            {media !== undefined && poster(exercise, locale, true)}
          </div>
        )}
      </div>

      {inspected.problems.length > 0 && <IncompleteNotice t={t} />}

      {/* Safety from its own fields, in boundaries of its own (see above). */}
      <Section id={`${idPrefix}-safety`} name="safety" title={t("exerciseDetail.safety")} level={sectionLevel}>
        <ExerciseSafetyParts
          fields={raw}
          locale={locale}
          t={t}
          headingLevel={innerLevel}
          messages={messages}
          emergencyNumber={emergencyNumber}
          emergencyNumbers={emergencyNumbers}
          onError={onSectionError}
        />
      </Section>

      {dose &&
        section(
          "dosage",
          t("exerciseDetail.dosage"),
          <DosageSummary dosage={dose} locale={locale} units={units} messages={messages} />,
        )}

      {ok("startPosition") && section("start", t("exerciseDetail.startPosition"), text(exercise.startPosition))}

      {ok("steps") &&
        section(
          "steps",
          t("exerciseDetail.steps"),
          <TextList as="ol" items={exercise.steps} className="mk-exercise-detail__steps" locale={locale} t={t} />,
        )}

      {exercise.cues.length > 0 &&
        section(
          "cues",
          t("exerciseDetail.cues"),
          <CueList cues={exercise.cues} groupBy="role" locale={locale} headingLevel={innerLevel} messages={messages} />,
        )}

      {ok("whatYouShouldFeel") && section("feel", t("exerciseDetail.feel"), text(exercise.whatYouShouldFeel))}

      {exercise.commonMistakes.length > 0 &&
        section(
          "mistakes",
          t("exerciseDetail.mistakes"),
          <TextList
            as="ul"
            items={exercise.commonMistakes}
            className="mk-exercise-detail__mistakes"
            locale={locale}
            t={t}
          />,
        )}

      {section(
        "ladder",
        t("exerciseDetail.ladder"),
        <ProgressionLadder
          exercise={exercise}
          exercises={exercises}
          getHref={getHref}
          linkComponent={linkComponent}
          locale={locale}
          messages={messages}
        />,
      )}

      {ok("evidence", "provenance") &&
        section(
          "evidence",
          t("exerciseDetail.evidence"),
          <EvidenceList
            evidence={exercise.evidence}
            provenance={exercise.provenance}
            locale={locale}
            headingLevel={innerLevel}
            messages={messages}
          />,
        )}
    </article>
  );
});

interface SectionProps {
  id: string;
  name: string;
  title: string;
  level: HeadingLevel;
  children: ReactNode;
}

function Section({ id, name, title, level, children }: SectionProps) {
  return (
    <section
      className="mk-exercise-detail__section"
      data-slot="exercise-detail-section"
      data-section={name}
      aria-labelledby={id}
    >
      <Heading level={level} id={id} className="mk-exercise-detail__section-heading">
        {title}
      </Heading>
      {children}
    </section>
  );
}

interface TextListProps {
  as: "ol" | "ul";
  items: ReadonlyArray<Exercise["summary"]>;
  className: string;
  locale: Locale | string;
  t: Translator;
}

/** Steps or mistakes; a component of its own so a malformed item fails inside its section's boundary. */
function TextList({ as: Tag, items, className, locale, t }: TextListProps) {
  return (
    <Tag className={className}>
      {items.map((item, index) => (
        // Steps and mistakes have no ids; their order is the content.
        // biome-ignore lint/suspicious/noArrayIndexKey: static, ordered content.
        <Localized key={index} text={item} locale={locale} t={t} as="li" />
      ))}
    </Tag>
  );
}

/** Calls the host's media function while rendering inside the media slot's boundary, so a throw stays there. */
function MediaSlot({ render, exercise }: { render: (exercise: Exercise) => ReactNode; exercise: Exercise }) {
  return render(exercise);
}

/** The default media: the poster with the video's description as alt text, until a video is slotted in (then a print-only copy). */
function poster(exercise: Exercise, locale: Locale | string, printOnly = false): ReactNode {
  const src = exercise.media?.poster;
  if (!exercise.media || !isSafeUrl(src)) return null;
  const alt = localize(exercise.media.alt, locale);
  return (
    <img
      className={printOnly ? "mk-exercise-detail__print-poster" : "mk-exercise-detail__poster"}
      // The print copy duplicates the slotted player for paper only: hidden from assistive tech on screen.
      aria-hidden={printOnly || undefined}
      src={src}
      alt={alt.text}
      lang={alt.lang === resolveLocale(locale) ? undefined : alt.lang}
    />
  );
}
