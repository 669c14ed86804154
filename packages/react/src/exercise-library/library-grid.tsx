import type { Catalogue, Exercise, Locale, Translator } from "@movekit/core";
import { type KeyboardEvent, memo, type RefObject, useEffect, useLayoutEffect, useState } from "react";
import { ExerciseCard } from "../exercise-card/exercise-card";
import { Button } from "../internal/button";
import type { HeadingLevel } from "../internal/heading";
import { localizedString } from "../internal/localized";
import type { LinkComponent } from "../movekit-provider/movekit-context";

// What the plain and the virtualised results share: the item, its focus target, the column maths and the keys.

// useLayoutEffect warns during server rendering in React 18; nothing here needs to run on the server.
export const useClientLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

/** First guess at a row's height before it is measured (a card with a 16:9 picture). */
export const ESTIMATED_ROW_HEIGHT = 440;
/** Until the viewport is measured (and on the server), lay out as if it were this big. */
export const INITIAL_RECT = { width: 960, height: 720 };

export interface LibraryResultsProps {
  exercises: readonly Exercise[];
  locale: Locale | string;
  messages: Partial<Catalogue> | undefined;
  t: Translator;
  minCardWidth: number;
  headingLevel: HeadingLevel;
  getHref: ((exercise: Exercise) => string | undefined) | undefined;
  linkComponent: LinkComponent;
  onSelect: ((exercise: Exercise) => void) | undefined;
  /** Changes whenever a new search runs, to scroll back to the top. */
  searchKey: string;
  dir: "ltr" | "rtl";
}

interface ItemProps {
  exercise: Exercise;
  position: number;
  setSize: number;
  locale: Locale | string;
  messages: Partial<Catalogue> | undefined;
  t: Translator;
  headingLevel: HeadingLevel;
  href: string | undefined;
  linkComponent: LinkComponent;
  onSelect: ((exercise: Exercise) => void) | undefined;
}

/** One result: the card plus its "add to programme" button, as a list item that knows its place in the set. */
export const LibraryItem = memo(function LibraryItem({
  exercise,
  position,
  setSize,
  locale,
  messages,
  t,
  headingLevel,
  href,
  linkComponent,
  onSelect,
}: ItemProps) {
  return (
    <div
      role="listitem"
      aria-setsize={setSize}
      aria-posinset={position}
      className="mk-exercise-library__item"
      data-slot="exercise-library-item"
      data-position={position}
      data-exercise-id={exercise.id}
      tabIndex={-1}
    >
      <ExerciseCard
        exercise={exercise}
        locale={locale}
        messages={messages}
        href={href}
        linkComponent={linkComponent}
        headingLevel={headingLevel}
      />
      {onSelect && (
        <Button
          className="mk-exercise-library__select"
          variant="primary"
          slot="exercise-library-select"
          aria-label={t("exerciseLibrary.selectNamed", { name: localizedString(exercise.name, locale) })}
          onClick={() => onSelect(exercise)}
        >
          {t("exerciseLibrary.select")}
        </Button>
      )}
    </div>
  );
});

/** The items of one row, `first` being the index of its first card in the results. */
export function rowItems(props: LibraryResultsProps, first: number, columns: number) {
  const { exercises, locale, messages, t, headingLevel, getHref, linkComponent, onSelect } = props;
  return exercises.slice(first, first + columns).map((exercise, offset) => (
    <LibraryItem
      // Keyed by place, not by exercise: when the results change, each card's DOM is updated in place instead of
      // being removed and built anew, the costliest part of a keystroke. Cards hold no state, and the results
      // only change while focus is in the search or the filters.
      // biome-ignore lint/suspicious/noArrayIndexKey: the place in the row is the identity here.
      key={offset}
      exercise={exercise}
      position={first + offset + 1}
      setSize={exercises.length}
      locale={locale}
      messages={messages}
      t={t}
      headingLevel={headingLevel}
      href={getHref?.(exercise)}
      linkComponent={linkComponent}
      onSelect={onSelect}
    />
  ));
}

/** The element to focus in an item: its button, else its card link, else the item itself. */
export function focusTarget(item: HTMLElement): HTMLElement {
  return (
    item.querySelector<HTMLElement>('[data-slot="exercise-library-select"]') ??
    item.querySelector<HTMLElement>('[data-slot="exercise-card-link"]') ??
    item
  );
}

function columnsFor(width: number, minCardWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (minCardWidth + gap)));
}

/** Columns follow the viewport's width; measured before paint so the first frame has the right layout. */
export function useColumns(
  viewportRef: RefObject<HTMLDivElement | null>,
  listRef: RefObject<HTMLDivElement | null>,
  minCardWidth: number,
): number {
  const [columns, setColumns] = useState(() => columnsFor(INITIAL_RECT.width, minCardWidth, 16));
  useClientLayoutEffect(() => {
    const viewport = viewportRef.current;
    const list = listRef.current;
    if (!viewport || !list) return;
    const update = () => {
      const gap = Number.parseFloat(getComputedStyle(list).columnGap) || 0;
      setColumns(columnsFor(viewport.clientWidth, minCardWidth, gap));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [minCardWidth]);
  return columns;
}

/**
 * Arrow keys, Page Up/Down, Home and End move between cards (`moveFocus(from, to)`, in result indexes); Enter on
 * an item that has no button of its own selects it.
 */
export function gridKeyDown(
  event: KeyboardEvent<HTMLDivElement>,
  props: LibraryResultsProps,
  columns: number,
  viewport: HTMLElement | null,
  moveFocus: (from: number, to: number) => void,
) {
  if (event.altKey || event.metaKey) return;
  const { exercises, dir, onSelect } = props;
  const item = (event.target as HTMLElement).closest<HTMLElement>('[data-slot="exercise-library-item"]');
  if (!item) return;
  const current = Number(item.dataset.position) - 1;
  const forward = dir === "rtl" ? -1 : 1;
  const page = Math.max(1, Math.floor((viewport?.clientHeight ?? 0) / ESTIMATED_ROW_HEIGHT)) * columns;
  const moves: Record<string, number> = {
    ArrowDown: current + columns,
    ArrowUp: current - columns,
    ArrowRight: current + forward,
    ArrowLeft: current - forward,
    PageDown: current + page,
    PageUp: current - page,
    Home: 0,
    End: exercises.length - 1,
  };
  const next = moves[event.key];
  if (next !== undefined) {
    event.preventDefault();
    moveFocus(current, next);
  } else if (event.key === "Enter" && event.target === item && onSelect) {
    // The item itself has focus (a card with no button): Enter still selects it.
    const exercise = exercises[current];
    if (exercise) onSelect(exercise);
  }
}

/** The viewport's props: without buttons or links nothing in the list takes focus, so the viewport does. */
export function viewportProps(props: LibraryResultsProps) {
  const readOnly = !props.onSelect && !props.getHref;
  return readOnly ? { tabIndex: 0, role: "region", "aria-label": props.t("exerciseLibrary.results") } : {};
}
