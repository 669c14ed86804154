// Decorative control icons: always aria-hidden, the button carries the accessible name. 24×24 paths drawn in
// currentColor, so they follow the theme and forced colours.
import type { ReactNode } from "react";

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="mk-exercise-video__icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
    >
      {children}
    </svg>
  );
}

export const PlayIcon = () => (
  <Icon>
    <path d="M7 4.5v15l13-7.5z" />
  </Icon>
);
export const PauseIcon = () => (
  <Icon>
    <path d="M6 4h4.5v16H6zM13.5 4H18v16h-4.5z" />
  </Icon>
);
export const VolumeIcon = ({ muted }: { muted: boolean }) => (
  <Icon>
    <path d="M3 9v6h4l5 5V4L7 9z" />
    {muted ? (
      <path d="m15.5 8.9 1.4-1.4 2.1 2.1 2.1-2.1 1.4 1.4-2.1 2.1 2.1 2.1-1.4 1.4-2.1-2.1-2.1 2.1-1.4-1.4 2.1-2.1z" />
    ) : (
      <path d="M14 7.2v2.1a3 3 0 0 1 0 5.4v2.1a5 5 0 0 0 0-9.6zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
    )}
  </Icon>
);
export const CaptionsIcon = ({ off }: { off: boolean }) => (
  <Icon>
    <path d="M3 5h18v14H3zm2 2v10h14V7zm2 3h4v1.5H8.5v1h2.5V14H7zm6 0h4v1.5h-2.5v1H17V14h-4z" />
    {off && <path d="M2.3 3.7 3.7 2.3l18 18-1.4 1.4z" />}
  </Icon>
);
export const LoopIcon = () => (
  <Icon>
    <path d="M7 7h10v3l4-4-4-4v3H5v6h2zm10 10H7v-3l-4 4 4 4v-3h12v-6h-2z" />
  </Icon>
);
export const FullscreenIcon = ({ exit }: { exit: boolean }) => (
  <Icon>
    {exit ? (
      <path d="M5 16h3v3h2v-5H5zm3-8H5v2h5V5H8zm6 11h2v-3h3v-2h-5zm2-11V5h-2v5h5V8z" />
    ) : (
      <path d="M7 14H5v5h5v-2H7zm-2-4h2V7h3V5H5zm12 7h-3v2h5v-5h-2zM14 5v2h3v3h2V5z" />
    )}
  </Icon>
);
export const MoreIcon = () => (
  <Icon>
    <path d="M12 4a2 2 0 1 0 0 4 2 2 0 0 0 0-4m0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4m0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4" />
  </Icon>
);
