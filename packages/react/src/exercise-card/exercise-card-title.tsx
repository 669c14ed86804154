import { isSafeUrl } from "@movekit/core";
import {
  type ComponentPropsWithoutRef,
  cloneElement,
  forwardRef,
  isValidElement,
  type ReactElement,
  type ReactNode,
} from "react";
import { cx } from "../internal/class-names";
import { renamedProp } from "../internal/deprecated-prop";
import { Heading, type HeadingLevel } from "../internal/heading";
import type { LinkComponent } from "../movekit-provider/movekit-context";

const LEVEL = { from: "level", to: "headingLevel" };

type LinkProps = { className: string; "data-slot": string };

/**
 * `asChild` without Radix's Slot (about 1.2 kB gzip for two attributes): the host's link element gets the link
 * class beside its own, and the slot name unless it set one, as Slot merges them. Anything but one element is
 * rendered as given rather than thrown on.
 */
function asLink(children: ReactNode, { className, "data-slot": slot }: LinkProps): ReactNode {
  if (!isValidElement(children)) return children;
  const child = children as ReactElement<Partial<LinkProps>>;
  return cloneElement(child, {
    className: cx(className, child.props.className),
    "data-slot": child.props["data-slot"] ?? slot,
  });
}

/* -------------------------------------------------------------------------------------------------
 * ExerciseCardTitle
 * -----------------------------------------------------------------------------------------------*/

export interface ExerciseCardTitleProps extends Omit<ComponentPropsWithoutRef<"h3">, "children"> {
  /** The exercise name, or with `asChild` your own link element holding it. */
  children: ReactNode;
  /** Makes the whole card a link to this URL (https or relative only; anything else renders no link). */
  href?: string;
  /** Your own link element as the card's link (`<Title asChild><Link …/></Title>`); it gets the link class. */
  asChild?: boolean;
  /** The element that renders `href`, e.g. the provider's `linkComponent` (a static card reads no context). @default `<a>` */
  linkComponent?: LinkComponent;
  /** Heading level. @default 3 */
  headingLevel?: HeadingLevel;
  /** The old name of `headingLevel`. @deprecated Use `headingLevel`, as on every component; goes in the next release. */
  level?: HeadingLevel;
}

/** The exercise name as a heading, optionally the card's link. */
export const ExerciseCardTitle = forwardRef<HTMLHeadingElement, ExerciseCardTitleProps>(function ExerciseCardTitle(
  {
    children,
    href,
    asChild,
    linkComponent: Link = "a",
    headingLevel,
    level,
    className,
    ...rest
  }: ExerciseCardTitleProps,
  ref,
) {
  const linkProps = { className: "mk-exercise-card__link", "data-slot": "exercise-card-link" } as const;
  let content: ReactNode = children;
  if (asChild) content = asLink(children, linkProps);
  else if (isSafeUrl(href))
    content = (
      <Link {...linkProps} href={href}>
        {children}
      </Link>
    );
  return (
    <Heading
      {...rest}
      headingRef={ref}
      level={renamedProp("ExerciseCard.Title", LEVEL, headingLevel, level) ?? 3}
      className={cx("mk-exercise-card__title", className)}
      data-slot="exercise-card-title"
    >
      {content}
    </Heading>
  );
});
