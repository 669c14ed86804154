import {
  type Catalogue,
  CONTRAINDICATION_SEVERITIES,
  type Contraindication,
  contentMessages,
  contraindicationSafety,
  contraindicationsMessages,
  createTranslator,
  DEFAULT_LOCALE,
  type Locale,
  type NoContraindications,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { SafetyGaps } from "../error-boundary/incomplete-exercise";
import { cx } from "../internal/class-names";
import { formatIsoDate } from "../internal/format-date";
import { Heading, type HeadingLevel } from "../internal/heading";
import { CheckIcon, StopIcon, WarningIcon } from "../internal/icons";
import { Localized } from "../internal/localized";

/** The message bundles this component shows strings from (SafetyGaps names its own). */
const BUNDLES = [contraindicationsMessages, contentMessages];

export interface ContraindicationListProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The exercise's contraindications: `absolute` (do not do it) and `relative` (ask first or modify). @default [] */
  contraindications?: ReadonlyArray<Contraindication>;
  /** A reviewed statement that there are none, shown when the list is empty. */
  noContraindications?: NoContraindications;
  /** BCP 47 locale for the wording and dates. @default "en-GB" */
  locale?: Locale | string;
  /** Heading level of each group. @default 3 */
  headingLevel?: HeadingLevel;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * Who should not do an exercise ("Do not do this exercise if:") and who should ask first or change it, each
 * relative one with its modification. Absolute ones come first. Never collapsed. Static: renders as a React
 * Server Component. Never throws for malformed items: an unknown severity is shown as absolute (the strictest),
 * an item without readable text is counted in words, and with neither a contraindication nor a reviewed "none"
 * it says that the safety information is missing.
 * @selector [data-slot="safety-missing"], [data-slot="safety-unreadable"] what is missing, in words
 * @selector [data-slot="contraindication-group"][data-severity="absolute" | "relative"]
 */
export const ContraindicationList = forwardRef<HTMLDivElement, ContraindicationListProps>(function ContraindicationList(
  {
    contraindications = [],
    noContraindications,
    locale = DEFAULT_LOCALE,
    headingLevel = 3,
    messages,
    className,
    ...rest
  }: ContraindicationListProps,
  ref,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  // Read item by item: an unknown severity shows as "do not do this", an unreadable item is counted and said.
  const safety = contraindicationSafety({ contraindications, noContraindications });
  const none = safety.noContraindications;

  return (
    <div
      {...rest}
      ref={ref}
      className={cx("mk-contraindication-list", className)}
      data-slot="contraindication-list"
      data-safety=""
    >
      {/* Absolute first: "do not do this" is read before "ask first". A severity with no items shows nothing. */}
      {CONTRAINDICATION_SEVERITIES.map((severity) => {
        const items = safety.contraindications.filter((item) => item.severity === severity);
        if (items.length === 0) return null;
        const heading = t(`contraindications.${severity}.heading`);
        const Icon = severity === "absolute" ? StopIcon : WarningIcon;
        return (
          <section
            key={severity}
            aria-label={heading}
            className="mk-contraindication-list__group"
            data-slot="contraindication-group"
            data-severity={severity}
          >
            <Heading level={headingLevel} className="mk-contraindication-list__heading">
              <Icon className="mk-contraindication-list__icon" />
              {heading}
            </Heading>
            <ul className="mk-contraindication-list__items">
              {items.map((item) => (
                <li
                  key={item.id}
                  className="mk-contraindication-list__item"
                  data-slot="contraindication"
                  data-contraindication={item.id}
                >
                  <Localized text={item.text} locale={locale} t={t} as="p" className="mk-contraindication-list__text" />
                  {severity === "relative" && item.modification && (
                    <p className="mk-contraindication-list__modification" data-slot="contraindication-modification">
                      <strong>{t("contraindications.modification")}</strong>{" "}
                      <Localized text={item.modification} locale={locale} t={t} />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <SafetyGaps unreadable={safety.unreadable} missing={safety.missing} t={t} />
      {safety.contraindications.length === 0 && none && (
        <section
          aria-label={t("contraindications.none")}
          className="mk-contraindication-list__group"
          data-slot="contraindication-group"
          data-severity="none"
        >
          <p className="mk-contraindication-list__none">
            <CheckIcon className="mk-contraindication-list__icon" />
            {t("contraindications.none")}
          </p>
          {none.note && <Localized text={none.note} locale={locale} t={t} as="p" />}
          <p className="mk-contraindication-list__reviewed">
            {t("contraindications.noneReviewed", {
              reviewer: none.reviewer,
              date: formatIsoDate(none.reviewedOn, locale),
            })}
          </p>
        </section>
      )}
    </div>
  );
});
