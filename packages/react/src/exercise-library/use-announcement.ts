import { useEffect, useState } from "react";

/**
 * `text` for a polite live region, updated only once it has stopped changing for `delay` ms, so a screen
 * reader hears the result count once per pause in typing rather than once per keystroke.
 */
export function useAnnouncement(text: string, delay: number): string {
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    if (announced === text) return;
    const timer = setTimeout(() => setAnnounced(text), delay);
    return () => clearTimeout(timer);
  }, [text, announced, delay]);
  return announced;
}
