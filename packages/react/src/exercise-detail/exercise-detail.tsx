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
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { ContraindicationList } from "../contraindication-list/contraindication-list";
import { CueList } from "../cue-list/cue-list";
import { DosageSummary } from "../dosage-summary/dosage-summary";
import { EvidenceList } from "../evidence-list/evidence-list";
import { cx } from "../internal/class-names";
import type { EmergencyNumbers } from "../internal/emergency-number";
import { Heading, type HeadingLevel, nextLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import type { LinkComponent } from "../movekit-provider/movekit-context";
import { type LadderExercise, ProgressionLadder } from "../progression-ladder/progression-ladder";
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
}

/**
 * A whole exercise: media, then safety (contraindications and red flags, before the steps so they are always
 * seen, never collapsed), dosage, start position, steps, cues by role, what you should feel, common mistakes,
 * easier and harder versions, evidence, review and licence. Static; the ladder inside is a client component.
 * @selector [data-slot="exercise-detail-section"][data-section]
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
  className,
  ...rest
}: ExerciseDetailProps) {
  const t = createTranslator(locale, messages);
  const sectionLevel = (headingLevel === 1 ? 2 : nextLevel(headingLevel)) as HeadingLevel;
  const innerLevel = nextLevel(sectionLevel);
  const text = (value: Exercise["summary"], as: "p" | "li" | "span" = "p", className?: string) => (
    <Localized text={value} locale={locale} t={t} as={as} className={className} />
  );
  const section = (key: string, title: string, children: ReactNode) => (
    <Section id={`${idPrefix}-${key}`} name={key} title={title} level={sectionLevel}>
      {children}
    </Section>
  );
  const TitleTag = `h${headingLevel}` as const;
  const mediaContent = typeof media === "function" ? media(exercise) : (media ?? poster(exercise, locale));
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

      {mediaContent && (
        <div className="mk-exercise-detail__media" data-slot="exercise-detail-media">
          {mediaContent}
        </div>
      )}

      {section(
        "safety",
        t("exerciseDetail.safety"),
        <>
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
        </>,
      )}

      {section(
        "dosage",
        t("exerciseDetail.dosage"),
        <DosageSummary dosage={dosage ?? exercise.defaultDosage} locale={locale} units={units} messages={messages} />,
      )}

      {section("start", t("exerciseDetail.startPosition"), text(exercise.startPosition))}

      {section(
        "steps",
        t("exerciseDetail.steps"),
        <ol className="mk-exercise-detail__steps">
          {exercise.steps.map((step, index) => (
            // Steps have no ids; their order is the content.
            // biome-ignore lint/suspicious/noArrayIndexKey: static, ordered content.
            <StepItem key={index} step={step} locale={locale} t={t} />
          ))}
        </ol>,
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
          <ul className="mk-exercise-detail__mistakes">
            {exercise.commonMistakes.map((mistake, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static, ordered content.
              <StepItem key={index} step={mistake} locale={locale} t={t} />
            ))}
          </ul>,
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

function StepItem({ step, locale, t }: { step: Exercise["summary"]; locale: Locale | string; t: Translator }) {
  return <Localized text={step} locale={locale} t={t} as="li" />;
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
