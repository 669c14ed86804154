import type { HTMLAttributes, Ref } from "react";
import type { HeadingLevel } from "../internal/heading";

export interface FocusHeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel;
  /** A plain prop, not `ref`, so it works on React 18 as well as 19. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** A heading the player can move focus to (tabIndex -1) when a new part appears. */
export function FocusHeading({ level, headingRef, ...rest }: FocusHeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag ref={headingRef} tabIndex={-1} {...rest} />;
}
