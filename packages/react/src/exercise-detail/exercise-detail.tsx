import {
  type Catalogue,
  createTranslator,
  DEFAULT_LOCALE,
  type Dosage,
  type Exercise,
  exerciseDetailMessages,
  isSafeUrl,
  type Locale,
  localize,
  registerMessages,
  resolveLocale,
  type Translator,
  type UnitSystem,
} from "@movekit/core";
// Client components come in through their public entries, which start with "use client": the published build
// keeps these imports, so this module stays usable as a React Server Component (a relative import would inline
// the ladder's context-reading code here, without the directive).
import { ErrorBoundary } from "@movekit/react/error-boundary";
import { type LadderExercise, ProgressionLadder } from "@movekit/react/progression-ladder";
import type { ComponentPropsWithoutRef, ErrorInfo, ReactNode } from "react";
import { ContraindicationList } from "../contraindication-list/contraindication-list";
import { CueList } from "../cue-list/cue-list";
import { DosageSummary } from "../dosage-summary/dosage-summary";
import { EvidenceList } from "../evidence-list/evidence-list";
import { cx } from "../internal/class-names";
import type { EmergencyNumbers } from "../internal/emergency-number";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import type { LinkComponent } from "../movekit-provider/movekit-context";
import { RedFlagNotices } from "../safety-notice/safety-notice";

registerMessages(exerciseDetailMessages);

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
 * A whole exercise: media, then safety (contraindications and red flags, before the steps so they are always
 * seen, never collapsed), dosage, start position, steps, cues by role, what you should feel, common mistakes,
 * easier and harder versions, evidence, review and licence. Static, so it works as a React Server Component;
 * the ladder and the error boundaries inside are client components.
 * Every part but safety sits in its own error boundary: a part that throws shows a short local fallback and the
 * rest stays. Safety is outside every boundary, so it can never be swapped for a fallback while the steps show.
 * @selector [data-slot="exercise-detail-section"][data-section]
 * @selector [data-slot="error-boundary"] a part that failed to render
 */
export function ExerciseDetail({
  exercise,
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
  idPrefix = `mk-${exercise.id}`,
  messages,
  onSectionError,
  className,
  ...rest
}: ExerciseDetailProps) {
  const t = createTranslator(locale, messages);
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
  const hasContraindications = (exercise.contraindications?.length ?? 0) > 0 || exercise.noContraindications;

  return (
    <article
      {...rest}
      className={cx("mk-exercise-detail", className)}
      data-slot="exercise-detail"
      aria-labelledby={`${idPrefix}-title`}
    >
      <header className="mk-exercise-detail__header" data-slot="exercise-detail-header">
        <TitleTag id={`${idPrefix}-title`} className="mk-exercise-detail__title">
          <Localized text={exercise.name} locale={locale} t={t} />
        </TitleTag>
        {text(exercise.summary, "p", "mk-exercise-detail__summary")}
      </header>

      {showMedia && (
        <div className="mk-exercise-detail__media" data-slot="exercise-detail-media">
          {guarded(typeof media === "function" ? <MediaSlot render={media} exercise={exercise} /> : staticMedia)}
        </div>
      )}

      {/* Safety is deliberately outside every error boundary (see above). */}
      <Section id={`${idPrefix}-safety`} name="safety" title={t("exerciseDetail.safety")} level={sectionLevel}>
        {hasContraindications && (
          <ContraindicationList
            contraindications={exercise.contraindications}
            noContraindications={exercise.noContraindications}
            locale={locale}
            headingLevel={innerLevel}
            messages={messages}
          />
        )}
        <RedFlagNotices
          redFlags={exercise.redFlags}
          locale={locale}
          emergencyNumber={emergencyNumber}
          emergencyNumbers={emergencyNumbers}
          headingLevel={innerLevel}
          messages={messages}
        />
      </Section>

      {section(
        "dosage",
        t("exerciseDetail.dosage"),
        <DosageSummary dosage={dosage ?? exercise.defaultDosage} locale={locale} units={units} messages={messages} />,
      )}

      {section("start", t("exerciseDetail.startPosition"), text(exercise.startPosition))}

      {section(
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

      {section("feel", t("exerciseDetail.feel"), text(exercise.whatYouShouldFeel))}

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

      {section(
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
}

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

/** The default media: the poster with the video's description as alt text, until a video is slotted in. */
function poster(exercise: Exercise, locale: Locale | string): ReactNode {
  const src = exercise.media?.poster;
  if (!exercise.media || !isSafeUrl(src)) return null;
  const alt = localize(exercise.media.alt, locale);
  return (
    <img
      className="mk-exercise-detail__poster"
      src={src}
      alt={alt.text}
      lang={alt.lang === resolveLocale(locale) ? undefined : alt.lang}
    />
  );
}
