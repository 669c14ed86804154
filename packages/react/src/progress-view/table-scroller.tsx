import type { ReactNode } from "react";

/**
 * A wide table's own horizontal scroll box, so a narrow screen scrolls the table instead of the page or breaking
 * words. Focusable and named by the table's caption, so keyboard users can scroll it too.
 */
export function TableScroller({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <div className="mk-progress__scroller" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
