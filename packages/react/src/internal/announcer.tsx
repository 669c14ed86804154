import { useCallback, useState } from "react";

export interface AnnouncerProps {
  /** The latest message; screen readers say it when it changes. */
  message: string;
  /** The component's `data-slot` for its live region, e.g. "session-announcer". */
  slot: string;
}

/**
 * The one polite live region a component announces through. It is always in the page (a region added together
 * with its text is often not read), visually hidden, and never takes focus.
 * @selector [data-slot=<slot>][role="status"][aria-live="polite"]
 */
export function Announcer({ message, slot }: AnnouncerProps) {
  return (
    <p className="mk-live-region" role="status" aria-live="polite" data-slot={slot}>
      {message}
    </p>
  );
}

/** The message for an `Announcer` and the function that replaces it. Empty text is ignored. */
export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => {
    if (text) setMessage(text);
  }, []);
  return [message, announce];
}
