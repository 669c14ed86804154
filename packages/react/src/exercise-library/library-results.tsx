import type { Catalogue, Exercise, Locale, Translator } from "@movekit/core";
import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import {
  type FocusEvent,
  type KeyboardEvent,
  memo,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { ExerciseCard } from "../exercise-card/exercise-card";
import { afterNextPaint } from "../internal/after-next-paint";
import { Button } from "../internal/button";
import type { HeadingLevel } from "../internal/heading";
import { localizedString } from "../internal/localized";
import { useHydrated } from "../internal/use-hydrated";
import type { LinkComponent } from "../movekit-provider/movekit-context";

// useLayoutEffect warns during server rendering in React 18; nothing here needs to run on the server.
const useClientLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

/** First guess at a row's height before it is measured (a card with a 16:9 picture). */
const ESTIMATED_ROW_HEIGHT = 440;
/**
 * Rows rendered beyond the visible ones, so Tab always finds the next card already in the DOM. New results
 * paint the rows in view first and add these just after that paint (nobody tabs within a frame of typing).
 */
const OVERSCAN_ROWS = 1;
/** Until the viewport is measured (and on the server), render as if it were this big. */
const INITIAL_RECT = { width: 960, height: 720 };

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
const LibraryItem = memo(function LibraryItem({
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

/** The element to focus in an item: its button, else its card link, else the item itself. */
function focusTarget(item: HTMLElement): HTMLElement {
  return (
    item.querySelector<HTMLElement>('[data-slot="exercise-library-select"]') ??
    item.querySelector<HTMLElement>('[data-slot="exercise-card-link"]') ??
    item
  );
}

function columnsFor(width: number, minCardWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (minCardWidth + gap)));
}

/**
 * The results as a virtualised grid: only the rows in view (plus a few) are in the DOM, each row measured
 * after it renders. Each card is a `listitem` with `aria-setsize`/`aria-posinset`, so assistive technology
 * knows the full count and each card's place even though most cards are not rendered.
 */
export const LibraryResults = memo(function LibraryResults({
  exercises,
  locale,
  messages,
  t,
  minCardWidth,
  headingLevel,
  getHref,
  linkComponent,
  onSelect,
  searchKey,
  dir,
}: LibraryResultsProps) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(() => columnsFor(INITIAL_RECT.width, minCardWidth, 16));
  const focusedRow = useRef<number | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const rowCount = Math.ceil(exercises.length / columns);

  // Columns follow the viewport's width; measured before paint so the first frame has the right layout.
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

  // Keep the focused card's row rendered even when it scrolls out of view, so focus is never lost.
  const rangeExtractor = useCallback((range: Range) => {
    const rows = defaultRangeExtractor(range);
    const keep = focusedRow.current;
    if (keep === null || keep >= range.count || rows.includes(keep)) return rows;
    return [...rows, keep].sort((a, b) => a - b);
  }, []);

  // Which results have their spare rows: a new search renders without them, then adds them after its paint.
  const [spareRowsFor, setSpareRowsFor] = useState<string | null>(null);
  useEffect(() => {
    if (spareRowsFor === searchKey) return;
    return afterNextPaint(() => startTransition(() => setSpareRowsFor(searchKey)));
  }, [searchKey, spareRowsFor]);

  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => viewportRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: spareRowsFor === searchKey ? OVERSCAN_ROWS : 0,
    initialRect: INITIAL_RECT,
    rangeExtractor,
  });

  // A new search starts at the top of its results.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the search changes
  useEffect(() => {
    if (virtualizer.scrollOffset) virtualizer.scrollToOffset(0);
  }, [searchKey]);

  // After arrow-key navigation scrolled a row into the DOM, move focus into it.
  useEffect(() => {
    const wanted = pendingFocus.current;
    if (wanted === null) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-position="${wanted + 1}"]`);
    if (!item) return;
    pendingFocus.current = null;
    focusTarget(item).focus();
  });

  const moveFocus = (from: number, to: number) => {
    const target = Math.max(0, Math.min(exercises.length - 1, to));
    if (target === from) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-position="${target + 1}"]`);
    focusedRow.current = Math.floor(target / columns);
    virtualizer.scrollToIndex(Math.floor(target / columns), { align: "auto" });
    if (item) focusTarget(item).focus();
    else pendingFocus.current = target;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.metaKey) return;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-slot="exercise-library-item"]');
    if (!item) return;
    const current = Number(item.dataset.position) - 1;
    const forward = dir === "rtl" ? -1 : 1;
    const page = Math.max(1, Math.floor((viewportRef.current?.clientHeight ?? 0) / ESTIMATED_ROW_HEIGHT)) * columns;
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
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-slot="exercise-library-item"]');
    focusedRow.current = item ? Math.floor((Number(item.dataset.position) - 1) / columns) : null;
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedRow.current = null;
  };

  // Without buttons or links nothing in the list takes focus: let keyboard users focus the viewport to scroll.
  const readOnly = !onSelect && !getHref;
  const rows = virtualizer.getVirtualItems();
  // Sizes and offsets are set only in the browser (through the CSSOM): as server-rendered `style` attributes a
  // strict CSP would block them. Until hydration the server's rows stack in normal flow.
  const virtualized = useHydrated();
  return (
    <div
      ref={viewportRef}
      className="mk-exercise-library__viewport"
      data-slot="exercise-library-viewport"
      {...(readOnly ? { tabIndex: 0, role: "region", "aria-label": t("exerciseLibrary.results") } : {})}
    >
      {/* role="list" on a div: the measured rows sit between the list and its items, which <ul>/<li> do not allow. */}
      <div
        ref={listRef}
        role="list"
        aria-label={t("exerciseLibrary.results")}
        className="mk-exercise-library__list"
        data-slot="exercise-library-list"
        data-virtualized={virtualized ? "" : undefined}
        style={
          virtualized ? { height: virtualizer.getTotalSize(), ["--mk-library-columns" as string]: columns } : undefined
        }
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {rows.map((row) => {
          const first = row.index * columns;
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              role="none"
              className="mk-exercise-library__row"
              data-slot="exercise-library-row"
              data-index={row.index}
              style={virtualized ? { transform: `translateY(${row.start}px)` } : undefined}
            >
              {exercises.slice(first, first + columns).map((exercise, offset) => (
                <LibraryItem
                  // Keyed by place, not by exercise: when the results change, each card's DOM is updated in place
                  // instead of being removed and built anew, the costliest part of a keystroke. Cards hold no
                  // state, and the results only change while focus is in the search or the filters.
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
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
});
