import {
  type Exercise,
  extendTranslator,
  type Locale,
  type MessageKey,
  redFlagsByUrgency,
  safetyMessages,
  type Translator,
} from "@movekit/core";
import { type EmergencyNumbers, emergencyNumberFor } from "../internal/emergency-number";
import { Localized } from "../internal/localized";
import { TIER_ICONS } from "../safety-notice/tier-icons";

/** The safety catalogue lines it repeats, added to whatever translator the page passes. */
const BUNDLES = [safetyMessages];

export interface UrgentLineProps {
  /** The exercise's own red flags, as given: read item by item, so malformed ones cannot throw. */
  redFlags: Exercise["redFlags"] | undefined;
  locale: Locale | string;
  t: Translator;
  emergencyNumber?: string;
  emergencyNumbers?: EmergencyNumbers;
}

/**
 * The most urgent "stop and get help" tier of an exercise, at the top of the page, so a reader sees it on the
 * first screen even when the full cards sit below the picture. It repeats the first care card in short: the tier
 * and its heading come from the same catalogue lines, the signs from the same red flags, and the tier from core's
 * `redFlagsByUrgency` (an unknown urgency reads as emergency), so it can never disagree with the cards below.
 * Nothing when the exercise has no readable red flags: the full safety section still follows.
 * @selector [data-slot="exercise-detail-urgent"][data-severity]
 */
export function UrgentLine({ redFlags, locale, t: pageT, emergencyNumber, emergencyNumbers }: UrgentLineProps) {
  const t = extendTranslator(pageT, BUNDLES);
  const first = redFlagsByUrgency(redFlags)[0];
  if (!first) return null;
  const { urgency, flags } = first;
  const number = emergencyNumber ?? emergencyNumberFor(locale, emergencyNumbers);
  const Icon = TIER_ICONS[urgency];
  return (
    <div
      className="mk-exercise-detail__urgent"
      data-slot="exercise-detail-urgent"
      data-severity={urgency}
      data-safety=""
    >
      <p className="mk-exercise-detail__urgent-heading">
        <Icon className="mk-exercise-detail__urgent-icon" />
        <strong>{t("safety.prefix", { tier: t(`safety.tier.${urgency}` as MessageKey) })}</strong>{" "}
        {t(`safety.heading.${urgency}` as MessageKey, { number })}
      </p>
      <ul className="mk-exercise-detail__urgent-signs">
        {flags.map((flag) => (
          <Localized key={flag.id} text={flag.text} locale={locale} t={t} as="li" />
        ))}
      </ul>
    </div>
  );
}
