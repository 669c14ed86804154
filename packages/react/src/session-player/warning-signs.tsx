import type { Catalogue, Locale, RedFlag } from "@movekit/core";
import type { ReactNode } from "react";
import type { EmergencyNumbers } from "../internal/emergency-number";
import { type HeadingLevel, nextLevel } from "../internal/heading";
import { RedFlagNotices } from "../red-flag-notices/red-flag-notices";

export interface WarningSignsProps {
  /** The programme's warning signs (and the exercise's); nothing is shown when there are none. */
  warningSigns: ReadonlyArray<RedFlag>;
  /** The level of the heading above; the notices' headings go one level below it. */
  headingLevel: HeadingLevel;
  /** Words before the notices, e.g. "Contact your physiotherapist if you notice:". */
  intro?: ReactNode;
  emergencyNumbers?: EmergencyNumbers;
  messages?: Partial<Catalogue>;
  locale: Locale | string;
}

/**
 * The warning signs the player shows once the verdict says stop, as red-flag notices: one part, so the pain
 * prompt and the ended screen show them the same way, with the same tiers, numbers and wording.
 */
export function WarningSigns({
  warningSigns,
  headingLevel,
  intro,
  emergencyNumbers,
  messages,
  locale,
}: WarningSignsProps) {
  if (warningSigns.length === 0) return null;
  return (
    <>
      {intro}
      <RedFlagNotices
        className="mk-session-player__safety"
        redFlags={warningSigns}
        locale={locale}
        emergencyNumbers={emergencyNumbers}
        headingLevel={nextLevel(headingLevel)}
        messages={messages}
      />
    </>
  );
}
