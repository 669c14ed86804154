import { forwardRef, type HTMLAttributes } from "react";

/** Heading levels a component may render, so it fits the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: HeadingLevel;
}

/** An `<h2>`–`<h6>` chosen by `level`. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, ...rest }: HeadingProps,
  ref,
) {
  const Tag = `h${level}` as const;
  return <Tag {...rest} ref={ref} />;
});

/** One level below `level`, stopping at 6. */
export function nextLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}
