import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { cx } from "../internal/class-names";
import { IconButton } from "./icon-button";

export interface PlayerMenuItem {
  key: string;
  label: string;
  /** `radio`: one of a set (speed, caption language); `checkbox`: on/off (mute, loop, full screen). */
  type: "radio" | "checkbox";
  checked: boolean;
  onSelect(): void;
  /** Shown only in the compact layout (its inline button is hidden there). */
  compactOnly?: boolean;
}

export interface PlayerMenuProps {
  /** The menu's name and the trigger's name. */
  label: string;
  icon: ReactNode;
  /** Visible text on the trigger (the speed now). */
  text?: string;
  slot: string;
  items: PlayerMenuItem[];
  wrapperClassName?: string;
}

const itemsOf = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? []).filter(
    (item) => item.getClientRects().length > 0 || !item.closest("[data-compact-only]"),
  );

/**
 * A menu button (WAI-ARIA APG): Enter, Space or Arrow keys open it on the checked item; arrows, Home and End
 * move; Enter or Space (native button activation) chooses and closes; Escape closes; focus returns to the button either way. Small and our
 * own, so the player pays no menu library's bytes.
 */
export function PlayerMenu({ label, icon, text, slot, items, wrapperClassName }: PlayerMenuProps) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const all = itemsOf(menu.current);
    // A choice of one (speed) opens on the current value; a mixed menu (More) on its first item.
    const choice = all.every((item) => item.getAttribute("role") === "menuitemradio");
    ((choice && all.find((item) => item.getAttribute("aria-checked") === "true")) || all[0])?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = itemsOf(menu.current);
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === "ArrowDown") move(index + 1);
    else if (event.key === "ArrowUp") move(index - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(all.length - 1);
    else if (event.key === "Escape") close();
    else if (event.key === "Tab") setOpen(false);
    else return;
    // Handled here: the player's shortcuts must not act on it too.
    if (event.key !== "Tab") event.preventDefault();
    event.stopPropagation();
  };

  const onTriggerKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
    }
  };

  return (
    <span ref={wrapper} className={cx("mk-exercise-video__menu-anchor", wrapperClassName)}>
      <IconButton
        ref={trigger}
        label={label}
        text={text}
        icon={icon}
        slot={slot}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onKeyDown={onTriggerKey}
        onClick={() => setOpen((was) => !was)}
      />
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className="mk-exercise-video__menu"
          data-slot={`${slot}-menu`}
          tabIndex={-1}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => {
            const common = {
              type: "button" as const,
              tabIndex: -1,
              className: "mk-exercise-video__menu-item",
              "data-compact-only": item.compactOnly ? "" : undefined,
              onClick: () => {
                item.onSelect();
                close();
              },
            };
            return item.type === "radio" ? (
              <button key={item.key} {...common} role="menuitemradio" aria-checked={item.checked}>
                {item.label}
              </button>
            ) : (
              <button key={item.key} {...common} role="menuitemcheckbox" aria-checked={item.checked}>
                {item.label}
              </button>
            );
          })}
        </div>
      )}
    </span>
  );
}
