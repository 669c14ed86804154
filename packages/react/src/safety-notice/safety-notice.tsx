import {
  type Catalogue,
  createTranslator,
  DEFAULT_LOCALE,
  type Locale,
  type MessageKey,
  RED_FLAG_URGENCIES,
  type RedFlagUrgency,
  safetyMessages,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from "react";
import { cx } from "../internal/class-names";
import { type EmergencyNumbers, emergencyNumberFor, telHref } from "../internal/emergency-number";
import { Heading, type HeadingLevel } from "../internal/heading";
import { PhoneIcon } from "../internal/icons";
import { TIER_ICONS } from "./tier-icons";

/** The message bundles this component shows strings from. */
const BUNDLES = [safetyMessages];

/** NHS care-card tiers plus "stop-exercising". */
export type SafetySeverity = RedFlagUrgency;

export interface SafetyNoticeProps extends Omit<ComponentPropsWithoutRef<"section">, "children" | "title"> {
  /**
   * How urgent: `emergency` (call the emergency number now), `urgent` (medical help today), `stop-exercising`
   * (stop now), `non-urgent` (tell your physiotherapist). Said in words, never by colour alone.
   * @selector [data-severity]
   */
  severity: SafetySeverity;
  /** Action heading ending in "if:". @default the tier's heading from the catalogue ("Call 999 or go to A&E now if:") */
  heading?: string;
  /** The signs that call for this action, one list item each. */
  items?: ReadonlyArray<ReactNode>;
  /** More content under the list, such as an action link. */
  children?: ReactNode;
  /** BCP 47 locale for the wording. @default "en-GB" */
  locale?: Locale | string;
  /** The number to call, overriding `emergencyNumbers`. @default by locale: 999, 911 or 112 */
  emergencyNumber?: string;
  /** The clinic's emergency numbers by locale (as given to MovekitProvider). */
  emergencyNumbers?: EmergencyNumbers;
  /** Show a "Call 999" phone link. @default true for `emergency`, false otherwise */
  showCallLink?: boolean;
  /** Heading level, to fit the page outline. @default 3 */
  headingLevel?: HeadingLevel;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * A safety block modelled on NHS care cards. The tier is shown as a visible label and starts the heading as
 * visually hidden text, so the block's accessible name says it in words ("Emergency: Call 999 or go to A&E now
 * if:"). Never collapsed, never in a tooltip. Static: renders as a React Server Component.
 * @selector [data-slot="safety-notice"][data-severity]
 */
export const SafetyNotice = forwardRef<HTMLElement, SafetyNoticeProps>(function SafetyNotice(
  {
    severity: severityProp,
    heading,
    items,
    children,
    locale = DEFAULT_LOCALE,
    emergencyNumber,
    emergencyNumbers,
    showCallLink,
    headingLevel = 3,
    messages,
    className,
    ...rest
  }: SafetyNoticeProps,
  ref,
) {
  // An unknown tier is shown at the strictest one rather than failing or passing as milder.
  const severity: SafetySeverity = RED_FLAG_URGENCIES.includes(severityProp) ? severityProp : "emergency";
  const showCall = showCallLink ?? severity === "emergency";
  const t = createTranslator(locale, messages, BUNDLES);
  const number = emergencyNumber ?? emergencyNumberFor(locale, emergencyNumbers);
  const tier = t(`safety.tier.${severity}` as MessageKey);
  const prefix = t("safety.prefix", { tier });
  const title = heading ?? t(`safety.heading.${severity}` as MessageKey, { number });
  const Icon = TIER_ICONS[severity];
  return (
    <section
      aria-label={`${prefix} ${title}`}
      {...rest}
      ref={ref}
      className={cx("mk-safety-notice", className)}
      data-slot="safety-notice"
      data-severity={severity}
      data-safety=""
    >
      <div className="mk-safety-notice__header" data-slot="safety-notice-header">
        {/* Sighted readers get the tier here; assistive tech hears it once, from the heading's prefix. */}
        <p className="mk-safety-notice__tier" data-slot="safety-notice-tier" aria-hidden="true">
          <Icon className="mk-safety-notice__icon" />
          {tier}
        </p>
        <Heading level={headingLevel} className="mk-safety-notice__heading" data-slot="safety-notice-heading">
          <span className="mk-visually-hidden">{prefix} </span>
          {title}
        </Heading>
      </div>
      <div className="mk-safety-notice__body" data-slot="safety-notice-body">
        {items && items.length > 0 && (
          <ul className="mk-safety-notice__items" data-slot="safety-notice-items">
            {items.map((item, index) => (
              // Items are static content in a fixed order.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders.
              <li key={index} className="mk-safety-notice__item" data-slot="safety-notice-item">
                {item}
              </li>
            ))}
          </ul>
        )}
        {children}
        {showCall && (
          <p className="mk-safety-notice__call">
            <a className="mk-safety-notice__call-link" data-slot="safety-notice-call" href={telHref(number)}>
              <PhoneIcon />
              {t("safety.callNumber", { number })}
            </a>
          </p>
        )}
      </div>
    </section>
  );
});
