// Decorative icons: always aria-hidden, never the only carrier of meaning (text says the same).
import type { ReactNode, SVGProps } from "react";

type IconProps = Omit<SVGProps<SVGSVGElement>, "children">;

/** The one icon frame: every icon in the kit shares its size, stroke and hiding from assistive technology. */
export function Svg(props: IconProps & { children: ReactNode }) {
  return (
    <svg
      width="1.25em"
      height="1.25em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.25}
      strokeLinecap="round"
      strokeLinejoin="round"
      {...props}
      aria-hidden="true"
      focusable="false"
    />
  );
}

/** Triangle with an exclamation mark. */
export function WarningIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M12 3 2 21h20L12 3Z" />
      <path d="M12 10v5M12 18h.01" />
    </Svg>
  );
}

/** Octagon with a bar: stop. */
export function StopIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8l6-6Z" />
      <path d="M7 12h10" />
    </Svg>
  );
}

/** Circle with an "i". */
export function InfoIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <circle cx="12" cy="12" r="10" />
      <path d="M12 11v6M12 7h.01" />
    </Svg>
  );
}

/** Tick. */
export function CheckIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="m4 12 5 5L20 6" />
    </Svg>
  );
}

/** Cross. */
export function CrossIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M6 6l12 12M18 6 6 18" />
    </Svg>
  );
}

/** Phone handset. */
export function PhoneIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2Z" />
    </Svg>
  );
}
