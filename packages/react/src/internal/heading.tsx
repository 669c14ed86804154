import type { HTMLAttributes, Ref } from "react";

/** Heading levels a component may render, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel;
  /** A plain prop, not `ref`, so it works on React 18 as well as 19 without forwardRef. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** An `<h2>`–`<h6>` chosen by `level`. */
export function Heading({ level, headingRef, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag {...rest} ref={headingRef} />;
}

/** One level below `level`, stopping at 6. */
export function nextLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
