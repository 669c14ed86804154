import {
  type Catalogue,
  contentMessages,
  createTranslator,
  DEFAULT_LOCALE,
  exerciseSafety,
  exerciseSafetyMessages,
  type Locale,
  type RedFlag,
  redFlagsByUrgency,
  safetyMessages,
} from "@movekit/core";
import { type ComponentPropsWithoutRef, forwardRef } from "react";
import { SafetyGaps } from "../error-boundary/incomplete-exercise";
import { cx } from "../internal/class-names";
import type { EmergencyNumbers } from "../internal/emergency-number";
import type { HeadingLevel } from "../internal/heading";
import { Localized } from "../internal/localized";
import { SafetyNotice } from "../safety-notice/safety-notice";

/** The message bundles this component shows strings from: the notices' own, and the unreadable-item count's. */
const BUNDLES = [safetyMessages, contentMessages, exerciseSafetyMessages];

export interface RedFlagNoticesProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The exercise's red flags; one notice is rendered per urgency, most urgent first. */
  redFlags: ReadonlyArray<RedFlag>;
  /** BCP 47 locale for the wording. @default "en-GB" */
  locale?: Locale | string;
  /** The number to call, overriding `emergencyNumbers`. @default by locale */
  emergencyNumber?: string;
  /** The clinic's emergency numbers by locale. */
  emergencyNumbers?: EmergencyNumbers;
  /** Heading level of each notice. @default 3 */
  headingLevel?: HeadingLevel;
  /** Replace any of the catalogue's strings. */
  messages?: Partial<Catalogue>;
}

/**
 * Red flags grouped into one SafetyNotice per urgency (emergency, urgent, stop exercising, non-urgent), each sign
 * followed by what to do. Static.
 * @selector [data-slot="red-flag-notices"]
 */
export const RedFlagNotices = forwardRef<HTMLDivElement, RedFlagNoticesProps>(function RedFlagNotices(
  {
    redFlags,
    locale = DEFAULT_LOCALE,
    emergencyNumber,
    emergencyNumbers,
    headingLevel = 3,
    messages,
    className,
    ...rest
  }: RedFlagNoticesProps,
  ref,
) {
  const t = createTranslator(locale, messages, BUNDLES);
  // Grouped from the items that can be read; an unknown urgency joins the emergency group, never vanishes.
  const groups = redFlagsByUrgency(redFlags);
  const { unreadable } = exerciseSafety({ redFlags });
  if (groups.length === 0 && unreadable === 0) return null;
  return (
    <div {...rest} ref={ref} className={cx("mk-red-flag-notices", className)} data-slot="red-flag-notices">
      <SafetyGaps unreadable={unreadable} missing={false} t={t} />
      {groups.map(({ urgency, flags }) => (
        <SafetyNotice
          key={urgency}
          severity={urgency}
          locale={locale}
          emergencyNumber={emergencyNumber}
          emergencyNumbers={emergencyNumbers}
          headingLevel={headingLevel}
          messages={messages}
          items={flags.map((flag) => (
            <span key={flag.id} className="mk-safety-notice__sign" data-red-flag={flag.id}>
              <Localized text={flag.text} locale={locale} t={t} className="mk-safety-notice__sign-text" />{" "}
              <Localized text={flag.action} locale={locale} t={t} as="strong" className="mk-safety-notice__action" />
            </span>
          ))}
        />
      ))}
    </div>
  );
});
