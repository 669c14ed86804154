// One icon per care-card tier, each a different shape so the tiers differ in greyscale and print too. Decorative:
// the tier word beside the icon says the same.
import type { ReactElement, ReactNode } from "react";
import { Svg } from "../internal/icons";
import type { SafetySeverity } from "./safety-notice";

type IconProps = { className?: string };

function TierSvg({ tier, className, children }: IconProps & { tier: SafetySeverity; children: ReactNode }) {
  return (
    <Svg className={className} data-tier-icon={tier}>
      {children}
    </Svg>
  );
}

/** Emergency: a siren (a domed beacon on a base, with rays). */
function EmergencyIcon({ className }: IconProps) {
  return (
    <TierSvg tier="emergency" className={className}>
      <path d="M6 20v-6a6 6 0 0 1 12 0v6" />
      <path d="M4 20h16M12 14v3" />
      <path d="M12 2v2M4.2 5.2l1.4 1.4M19.8 5.2l-1.4 1.4" />
    </TierSvg>
  );
}

/** Urgent: a triangle with an exclamation mark. */
function UrgentIcon({ className }: IconProps) {
  return (
    <TierSvg tier="urgent" className={className}>
      <path d="M12 3 2 21h20L12 3Z" />
      <path d="M12 10v5M12 18h.01" />
    </TierSvg>
  );
}

/** Stop exercising: an octagon with a bar. */
function StopExercisingIcon({ className }: IconProps) {
  return (
    <TierSvg tier="stop-exercising" className={className}>
      <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8l6-6Z" />
      <path d="M7 12h10" />
    </TierSvg>
  );
}

/** Non-urgent: a circle with an "i". */
function NonUrgentIcon({ className }: IconProps) {
  return (
    <TierSvg tier="non-urgent" className={className}>
      <circle cx="12" cy="12" r="10" />
      <path d="M12 11v6M12 7h.01" />
    </TierSvg>
  );
}

/** The icon for each tier. */
export const TIER_ICONS: Record<SafetySeverity, (props: IconProps) => ReactElement> = {
  emergency: EmergencyIcon,
  urgent: UrgentIcon,
  "stop-exercising": StopExercisingIcon,
  "non-urgent": NonUrgentIcon,
};
