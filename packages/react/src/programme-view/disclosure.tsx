import type { ReactNode } from "react";
import { Heading, type HeadingLevel } from "../internal/heading";

export interface DisclosureProps {
  /** Id of the part; the heading, title and content ids derive from it. */
  id: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  headingLevel: HeadingLevel;
  /** The part's name, which also names its region (e.g. "Phase 2 of 3: Build"). */
  title: ReactNode;
  /** More words for the button only, such as the dates and the state. */
  detail?: ReactNode;
  /** Shown whether open or not: what must never be collapsed away, such as safety notes. */
  always?: ReactNode;
  /** Rendered only while open, so a collapsed part costs nothing to render. */
  children: () => ReactNode;
  className?: string;
  /** Data attributes and the like for the section. */
  sectionProps?: Record<string, string | undefined>;
}

/**
 * What every disclosure button carries (the WAI-ARIA disclosure pattern): its state for assistive technology and
 * styling, the content it controls (only while that exists: aria-controls must point at an element on the page),
 * and the toggle. Spread on a `<button type="button">`.
 */
export function disclosureTrigger(open: boolean, contentId: string, onOpenChange: (open: boolean) => void) {
  return {
    "data-slot": "disclosure-trigger",
    "data-state": open ? "open" : "closed",
    "aria-expanded": open,
    "aria-controls": open ? contentId : undefined,
    onClick: () => onOpenChange(!open),
  } as const;
}

/**
 * A collapsible part as a heading that holds a button (the WAI-ARIA disclosure and accordion pattern): the
 * heading stays a heading for screen-reader navigation, which a heading inside `<summary>` does not reliably
 * do, and the content is mounted only while open. No dependency: the same markup as Radix Collapsible.
 * @selector [data-slot="disclosure-trigger"][data-state="open" | "closed"]
 */
export function Disclosure({
  id,
  open,
  onOpenChange,
  headingLevel,
  title,
  detail,
  always,
  children,
  className,
  sectionProps,
}: DisclosureProps) {
  const titleId = `${id}-title`;
  const contentId = `${id}-content`;
  return (
    <section
      id={id}
      className={className}
      aria-labelledby={titleId}
      data-open={open ? "" : undefined}
      {...sectionProps}
    >
      <Heading level={headingLevel} className="mk-disclosure__heading">
        <button type="button" className="mk-disclosure__trigger" {...disclosureTrigger(open, contentId, onOpenChange)}>
          <span className="mk-disclosure__chevron" aria-hidden="true" />
          <span className="mk-disclosure__label">
            <span id={titleId} className="mk-disclosure__title">
              {title}
            </span>
            {detail}
          </span>
        </button>
      </Heading>
      {always}
      {open && (
        <div id={contentId} className="mk-disclosure__content" data-slot="disclosure-content">
          {children()}
        </div>
      )}
    </section>
  );
}
