import { type ButtonHTMLAttributes, forwardRef } from "react";
import { cx } from "./class-names";

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "slot"> {
  /** The part's name, written to `data-slot` (styles and tests find the button by it). */
  slot?: string;
  /** `data-variant`, read by the shared `.mk-button` rules in primitives.css. */
  variant?: "primary" | "quiet" | "warning";
  /** `data-size="large"`: the touch-first primary action. */
  large?: boolean;
}

/**
 * The kit's one action button: `type="button"` unless told otherwise (so it never submits a host's form by
 * accident), the shared `mk-button` style, and the state attributes every component documents.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { slot, variant, large, className, type = "button", ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      data-slot={slot}
      data-variant={variant}
      data-size={large ? "large" : undefined}
      {...rest}
      className={cx("mk-button", className)}
    />
  );
});
