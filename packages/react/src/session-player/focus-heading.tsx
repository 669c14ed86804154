import { type HTMLAttributes, type ReactNode, type Ref, useId } from "react";
import { Heading, type HeadingLevel, type HeadingProps } from "../internal/heading";

export interface FocusHeadingProps extends HeadingProps {
  headingRef: Ref<HTMLHeadingElement>;
}

/** A heading the player can move focus to (tabIndex -1) when a new part appears. */
export function FocusHeading(props: FocusHeadingProps) {
  return <Heading tabIndex={-1} {...props} />;
}

export interface SessionScreenProps extends HTMLAttributes<HTMLElement> {
  /** The part's name in `data-slot`. */
  slot: string;
  heading: ReactNode;
  headingLevel: HeadingLevel;
  headingRef: Ref<HTMLHeadingElement>;
  /** The heading's id, when the screen also points at it from elsewhere; otherwise one is made. */
  headingId?: string;
  headingClassName?: string;
}

/** One screen of the player: a section named by its heading, which the player focuses when the screen appears. */
export function SessionScreen({
  slot,
  heading,
  headingLevel,
  headingRef,
  headingId,
  headingClassName = "mk-session-player__end-title",
  children,
  ...rest
}: SessionScreenProps) {
  const ownId = useId();
  const id = headingId ?? ownId;
  return (
    <section aria-labelledby={id} data-slot={slot} {...rest}>
      <FocusHeading level={headingLevel} id={id} headingRef={headingRef} className={headingClassName}>
        {heading}
      </FocusHeading>
      {children}
    </section>
  );
}
