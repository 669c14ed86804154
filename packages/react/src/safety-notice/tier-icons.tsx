// One icon per care-card tier, each a different shape so the tiers differ in greyscale and print too. Decorative:
// the tier word beside the icon says the same. Three reuse the kit's own icons (the same paths, one copy).
import type { ReactElement } from "react";
import { InfoIcon, StopIcon, Svg, WarningIcon } from "../internal/icons";
import type { SafetySeverity } from "./safety-notice";

type IconProps = { className?: string };

/** Emergency: a siren (a domed beacon on a base, with rays). */
function EmergencyIcon({ className }: IconProps) {
  return (
    <Svg className={className} data-tier-icon="emergency">
      <path d="M6 20v-6a6 6 0 0 1 12 0v6" />
      <path d="M4 20h16M12 14v3" />
      <path d="M12 2v2M4.2 5.2l1.4 1.4M19.8 5.2l-1.4 1.4" />
    </Svg>
  );
}

/** The icon for each tier: urgent a warning triangle, stop-exercising an octagon with a bar, non-urgent an "i". */
export const TIER_ICONS: Record<SafetySeverity, (props: IconProps) => ReactElement> = {
  emergency: EmergencyIcon,
  urgent: (props) => <WarningIcon {...props} data-tier-icon="urgent" />,
  "stop-exercising": (props) => <StopIcon {...props} data-tier-icon="stop-exercising" />,
  "non-urgent": (props) => <InfoIcon {...props} data-tier-icon="non-urgent" />,
};
