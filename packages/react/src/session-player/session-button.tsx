import { forwardRef } from "react";
import { Button, type ButtonProps } from "../internal/button";
import { cx } from "../internal/class-names";

/** The session player's buttons: the kit's Button with the player's sizing (session-player.css). */
export const SessionButton = forwardRef<HTMLButtonElement, ButtonProps>(function SessionButton(
  { className, ...rest },
  ref,
) {
  return <Button {...rest} ref={ref} className={cx("mk-session-player__button", className)} />;
});
