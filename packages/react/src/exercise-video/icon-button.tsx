import {
  type ButtonHTMLAttributes,
  type ForwardedRef,
  forwardRef,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useState,
} from "react";
import { cx } from "../internal/class-names";

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children" | "aria-label"> {
  /** The accessible name, also the tooltip's text unless `tip` says more. */
  label: string;
  /** Tooltip text when it should say more than the name (a reason, a state). */
  tip?: string;
  icon: ReactNode;
  /** `data-slot` of the button. */
  slot: string;
  /** Visible text beside the icon (the speed, "1×"); it is part of the name too. */
  text?: string;
  /** Marked unavailable (`aria-disabled`): still focusable, so its tooltip and description can say why. */
  unavailable?: boolean;
  /** Extra class on the wrapper (which layout shows it). */
  wrapperClassName?: string;
}

/**
 * An icon button with a tooltip of its own: shown on hover and on keyboard focus, hoverable, and dismissed with
 * Escape without moving focus or the pointer (WCAG 1.4.13). The tooltip repeats or extends the name; it never
 * holds anything the control does not also say in its name or description.
 */
export const IconButton = forwardRef(function IconButton(
  {
    label,
    tip,
    icon,
    slot,
    text,
    unavailable,
    wrapperClassName,
    className,
    onKeyDown,
    onClick,
    ...rest
  }: IconButtonProps,
  ref: ForwardedRef<HTMLButtonElement>,
) {
  const tipId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused) && !dismissed && rest["aria-expanded"] !== true;

  // Escape dismisses it wherever focus is (a pointer may be resting on the button while focus is elsewhere).
  useEffect(() => {
    if (!open) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === "Escape") setDismissed(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  const tipText = tip ?? label;
  return (
    <span
      className={cx("mk-exercise-video__tip-anchor", wrapperClassName)}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => {
        setHovered(false);
        if (!focused) setDismissed(false);
      }}
    >
      <button
        {...rest}
        ref={ref}
        type="button"
        className={cx("mk-exercise-video__button", className)}
        data-slot={slot}
        aria-label={text ? `${label}: ${text}` : label}
        aria-disabled={unavailable || undefined}
        onFocus={(event) => setFocused(focusVisible(event.currentTarget))}
        onBlur={() => {
          setFocused(false);
          if (!hovered) setDismissed(false);
        }}
        onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
          if (event.key === "Escape" && open) setDismissed(true);
          onKeyDown?.(event);
        }}
        onClick={unavailable ? undefined : onClick}
      >
        {icon}
        {text && <span aria-hidden="true">{text}</span>}
      </button>
      {open && (
        <span id={tipId} role="tooltip" className="mk-exercise-video__tip" data-slot="tooltip">
          {tipText}
        </span>
      )}
    </span>
  );
});

// A mouse click focuses the button too; only keyboard focus opens the tooltip (hover already did for the mouse).
function focusVisible(element: Element): boolean {
  try {
    return element.matches(":focus-visible");
  } catch {
    return true;
  }
}
