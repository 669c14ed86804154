import { type FocusEvent, type RefObject, useEffect, useRef } from "react";

/** Where focus goes after the next render: the pain prompt, "Skip, it hurts", or the main button. */
export type FocusTarget = "prompt" | "skip-hurts" | "primary";

export interface SessionFocus {
  primaryRef: RefObject<HTMLButtonElement | null>;
  skipHurtsRef: RefObject<HTMLButtonElement | null>;
  promptHeadingRef: RefObject<HTMLHeadingElement | null>;
  endHeadingRef: RefObject<HTMLHeadingElement | null>;
  /** Moves focus to `target` once the next render is on screen. */
  focusNext(target: FocusTarget): void;
  /** Handlers for the player's root, to know whether focus was inside it. */
  rootHandlers: { onFocus(): void; onBlur(event: FocusEvent<HTMLElement>): void };
}

/**
 * Keeps focus on a control that still exists, and moves it to new parts the person must deal with: the pain
 * prompt, the end of the session. A control that vanished (Start becomes Rep done) never drops focus to the page.
 */
export function useSessionFocus(): SessionFocus {
  const primaryRef = useRef<HTMLButtonElement>(null);
  const skipHurtsRef = useRef<HTMLButtonElement>(null);
  const promptHeadingRef = useRef<HTMLHeadingElement>(null);
  const endHeadingRef = useRef<HTMLHeadingElement>(null);
  const next = useRef<FocusTarget | null>(null);
  const hadFocus = useRef(false);
  useEffect(() => {
    const target = next.current;
    next.current = null;
    if (target === "prompt") promptHeadingRef.current?.focus();
    else if (target === "skip-hurts") skipHurtsRef.current?.focus();
    else if (target === "primary") primaryRef.current?.focus();
    else if (hadFocus.current && (document.activeElement === document.body || document.activeElement === null)) {
      (endHeadingRef.current ?? primaryRef.current)?.focus();
    }
  });
  return {
    primaryRef,
    skipHurtsRef,
    promptHeadingRef,
    endHeadingRef,
    focusNext: (target) => {
      next.current = target;
    },
    rootHandlers: {
      onFocus: () => {
        hadFocus.current = true;
      },
      onBlur: (event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) {
          hadFocus.current = false;
        }
      },
    },
  };
}
