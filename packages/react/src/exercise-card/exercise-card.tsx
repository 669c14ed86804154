import {
  type Catalogue,
  contentMessages,
  createTranslator,
  DEFAULT_LOCALE,
  type Dosage,
  type Exercise,
  exerciseCardMessages,
  exerciseSafetyMessages,
  isSafeUrl,
  type Locale,
  type UnitSystem,
  vocabTraitsMessages,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from "react";
import { CompactDosage } from "../dosage-summary/dosage-summary";
import { IncompleteNotice, reportIncomplete } from "../error-boundary/incomplete-exercise";
import { cx } from "../internal/class-names";
import type { HeadingLevel } from "../internal/heading";
import { inspectExercise } from "../internal/inspect-exercise";
import { Localized, localizedString } from "../internal/localized";
import type { LinkComponent } from "../movekit-provider/movekit-context";
import { ExerciseCardSafety } from "./exercise-card-safety";
import { ExerciseCardTitle } from "./exercise-card-title";

export { ExerciseCardSafety, type ExerciseCardSafetyProps } from "./exercise-card-safety";
export { ExerciseCardTitle, type ExerciseCardTitleProps } from "./exercise-card-title";

/** The message bundles this component shows strings from. */
const BUNDLES = [exerciseCardMessages, vocabTraitsMessages, contentMessages, exerciseSafetyMessages];

/** Shared by the parts that print words. */
interface WordingProps {
  /** BCP 47 locale. @default "en-GB" */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/* -------------------------------------------------------------------------------------------------
 * ExerciseCardRoot
 * -----------------------------------------------------------------------------------------------*/

export interface ExerciseCardRootProps extends ComponentPropsWithoutRef<"article"> {
  /**
   * `default` shows the picture, summary and details; `compact` a denser row for lists.
   * @default "default"
   * @selector [data-variant="default" | "compact"]
   */
  variant?: "default" | "compact";
}

/** The card: an `<article>`. A link in its Title makes the whole card clickable. */
export const ExerciseCardRoot = forwardRef<HTMLElement, ExerciseCardRootProps>(function ExerciseCardRoot(
  { variant = "default", className, ...rest }: ExerciseCardRootProps,
  ref,
) {
  return (
    <article
      {...rest}
      ref={ref}
      className={cx("mk-exercise-card", className)}
      data-slot="exercise-card"
      data-variant={variant}
    />
  );
});

/* -------------------------------------------------------------------------------------------------
 * ExerciseCardMedia
 * -----------------------------------------------------------------------------------------------*/

export interface ExerciseCardMediaProps extends ComponentPropsWithoutRef<"div"> {
  /** Poster or thumbnail URL; only https or relative URLs are rendered. */
  src?: string;
  /** Text alternative. @default "" (decorative: the title names the card) */
  alt?: string;
  /** Your own image element (such as `next/image`) instead of `src`. */
  children?: ReactNode;
}

/** The picture. Renders nothing when there is neither a safe `src` nor children. */
export const ExerciseCardMedia = forwardRef<HTMLDivElement, ExerciseCardMediaProps>(function ExerciseCardMedia(
  { src, alt = "", children, className, ...rest }: ExerciseCardMediaProps,
  ref,
) {
  const safe = isSafeUrl(src);
  if (!children && !safe) return null;
  return (
    <div {...rest} ref={ref} className={cx("mk-exercise-card__media", className)} data-slot="exercise-card-media">
      {children ??
        (safe && <img className="mk-exercise-card__image" src={src} alt={alt} loading="lazy" decoding="async" />)}
    </div>
  );
});

/* -------------------------------------------------------------------------------------------------
 * ExerciseCardBody
 * -----------------------------------------------------------------------------------------------*/

export type ExerciseCardBodyProps = ComponentPropsWithoutRef<"div">;

/** The padded column under the picture that holds the title and details. */
export const ExerciseCardBody = forwardRef<HTMLDivElement, ExerciseCardBodyProps>(function ExerciseCardBody(
  { className, ...rest }: ExerciseCardBodyProps,
  ref,
) {
  return <div {...rest} ref={ref} className={cx("mk-exercise-card__body", className)} data-slot="exercise-card-body" />;
});

/* -------------------------------------------------------------------------------------------------
 * ExerciseCardSummary
 * -----------------------------------------------------------------------------------------------*/

export interface ExerciseCardSummaryProps extends Omit<ComponentPropsWithoutRef<"p">, "children">, WordingProps {
  /** The exercise's one-line summary. */
  text: Exercise["summary"];
}

/** One line on what the exercise is for. */
export function ExerciseCardSummary({
  text,
  locale = DEFAULT_LOCALE,
  messages,
  className,
  ...rest
}: ExerciseCardSummaryProps) {
  const t = createTranslator(locale, messages, BUNDLES);
  return (
    <Localized
      {...rest}
      as="p"
      text={text}
      locale={locale}
      t={t}
      className={cx("mk-exercise-card__summary", className)}
      data-slot="exercise-card-summary"
    />
  );
}

/* -------------------------------------------------------------------------------------------------
 * ExerciseCardMeta
 * -----------------------------------------------------------------------------------------------*/

export interface ExerciseCardMetaProps extends Omit<ComponentPropsWithoutRef<"dl">, "children">, WordingProps {
  /** The exercise, for its body regions, difficulty and equipment. */
  exercise: Pick<Exercise, "bodyRegions" | "difficulty" | "equipment">;
}

/** Target area, difficulty and equipment as a description list. */
export const ExerciseCardMeta = forwardRef<HTMLDListElement, ExerciseCardMetaProps>(function ExerciseCardMeta(
  { exercise, locale = DEFAULT_LOCALE, messages, className, ...rest }: ExerciseCardMetaProps,
  ref,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  const equipment =
    exercise.equipment.length === 0
      ? t("exerciseCard.noEquipment")
      : exercise.equipment
          .map((item) => {
            const name = localizedString(item.name, locale);
            return item.optional ? t("exerciseCard.optional", { name }) : name;
          })
          .join(", ");
  const rows: Array<[string, string, string]> = [
    [
      "target-area",
      t("exerciseCard.targetArea"),
      exercise.bodyRegions.map((r) => t(`vocab.bodyRegion.${r}`)).join(", "),
    ],
    ["difficulty", t("exerciseCard.difficulty"), t(`vocab.difficulty.${exercise.difficulty}`)],
    ["equipment", t("exerciseCard.equipment"), equipment],
  ];
  return (
    <dl {...rest} ref={ref} className={cx("mk-exercise-card__meta", className)} data-slot="exercise-card-meta">
      {rows.map(([key, term, value]) => (
        <div key={key} className="mk-exercise-card__meta-item" data-meta={key}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
});

/* -------------------------------------------------------------------------------------------------
 * ExerciseCardDosage
 * -----------------------------------------------------------------------------------------------*/

export interface ExerciseCardDosageProps extends WordingProps {
  /** How much to do. */
  dosage: Dosage;
  /** Unit system. @default by locale */
  units?: UnitSystem;
  /** Extra class on the dosage block. */
  className?: string;
}

/** The dosage in compact form ("3 × 10 each side"), with the plain words for screen readers. */
export function ExerciseCardDosage({
  dosage,
  locale = DEFAULT_LOCALE,
  units,
  messages,
  className,
}: ExerciseCardDosageProps) {
  return (
    <CompactDosage
      dosage={dosage}
      locale={locale}
      units={units}
      messages={messages}
      className={cx("mk-exercise-card__dosage", className)}
    />
  );
}

/* -------------------------------------------------------------------------------------------------
 * ExerciseCard
 * -----------------------------------------------------------------------------------------------*/

export interface ExerciseCardProps extends Omit<ExerciseCardRootProps, "children">, WordingProps {
  /** The exercise to show. */
  exercise: Exercise;
  /** Makes the whole card a link (https or relative only). */
  href?: string;
  /** The element that renders `href`, e.g. the MovekitProvider's `linkComponent`. @default `<a>` */
  linkComponent?: LinkComponent;
  /** Dosage to show instead of the exercise's default (for example a programme's). */
  dosage?: Dosage;
  /** Unit system. @default by locale */
  units?: UnitSystem;
  /** Heading level of the title. @default 3 */
  headingLevel?: HeadingLevel;
}

/**
 * An exercise at a glance: picture, name, target area, difficulty, equipment, dosage and a safety indicator in
 * words. Static (no hooks or context): renders as a React Server Component. For custom layouts use the parts:
 * `ExerciseCard.Root`, `.Media`, `.Body`, `.Title`, `.Summary`, `.Meta`, `.Dosage`, `.Safety`.
 * Never throws for malformed props: each field is checked first (`inspectExercise`; a card has no error boundary,
 * so it stays a Server Component), a broken one is left out, the incomplete notice shows above the safety line,
 * and development builds log one console.error naming the field.
 * @selector [data-slot="exercise-incomplete"] the notice for broken content
 */
const ExerciseCardBase = forwardRef<HTMLElement, ExerciseCardProps>(function ExerciseCardBase(
  {
    exercise: input,
    href,
    linkComponent,
    dosage,
    units,
    headingLevel = 3,
    locale = DEFAULT_LOCALE,
    messages,
    variant = "default",
    ...rest
  }: ExerciseCardProps,
  ref,
) {
  const wording = { locale, messages };
  const t = createTranslator(locale, messages, BUNDLES);
  const inspected = inspectExercise(input);
  reportIncomplete(inspected, "ExerciseCard");
  const { exercise, broken } = inspected;
  const ok = (...fields: string[]) => fields.every((field) => !broken.has(field));
  const dose = dosage ?? (ok("defaultDosage") ? exercise.defaultDosage : undefined);
  return (
    <ExerciseCardRoot {...rest} ref={ref} variant={variant}>
      {variant === "default" && <ExerciseCardMedia src={exercise.media?.poster} />}
      <ExerciseCardBody>
        <ExerciseCardTitle headingLevel={headingLevel} href={href} linkComponent={linkComponent}>
          {ok("name") ? <Localized text={exercise.name} locale={locale} t={t} /> : t("exerciseSafety.unnamed")}
        </ExerciseCardTitle>
        {variant === "default" && ok("summary") && <ExerciseCardSummary text={exercise.summary} {...wording} />}
        {ok("bodyRegions", "difficulty", "equipment") && <ExerciseCardMeta exercise={exercise} {...wording} />}
        {dose && <ExerciseCardDosage dosage={dose} units={units} {...wording} />}
        {inspected.problems.length > 0 && <IncompleteNotice t={t} />}
        <ExerciseCardSafety exercise={exercise} {...wording} />
      </ExerciseCardBody>
    </ExerciseCardRoot>
  );
});

export const ExerciseCard = Object.assign(ExerciseCardBase, {
  Root: ExerciseCardRoot,
  Media: ExerciseCardMedia,
  Body: ExerciseCardBody,
  Title: ExerciseCardTitle,
  Summary: ExerciseCardSummary,
  Meta: ExerciseCardMeta,
  Dosage: ExerciseCardDosage,
  Safety: ExerciseCardSafety,
});
