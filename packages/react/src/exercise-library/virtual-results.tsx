import { defaultRangeExtractor, type Range, useVirtualizer } from "@tanstack/react-virtual";
import { type FocusEvent, memo, startTransition, useCallback, useEffect, useRef, useState } from "react";
import { afterNextPaint } from "../internal/after-next-paint";
import { useHydrated } from "../internal/use-hydrated";
import {
  ESTIMATED_ROW_HEIGHT,
  focusTarget,
  gridKeyDown,
  INITIAL_RECT,
  type LibraryResultsProps,
  rowItems,
  useColumns,
  viewportProps,
} from "./library-grid";

/**
 * Rows rendered beyond the visible ones, so Tab always finds the next card already in the DOM. New results
 * paint the rows in view first and add these just after that paint (nobody tabs within a frame of typing).
 */
const OVERSCAN_ROWS = 1;

/**
 * The results as a virtualised grid: only the rows in view (plus a few) are in the DOM, each row measured
 * after it renders. Each card is a `listitem` with `aria-setsize`/`aria-posinset`, so assistive technology
 * knows the full count and each card's place even though most cards are not rendered. Loaded on first use
 * (see library-results.tsx): the virtualiser is most of the library's code.
 */
export const VirtualResults = memo(function VirtualResults(props: LibraryResultsProps) {
  const { exercises, t, minCardWidth, searchKey } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const columns = useColumns(viewportRef, listRef, minCardWidth);
  const focusedRow = useRef<number | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const rowCount = Math.ceil(exercises.length / columns);

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

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-slot="exercise-library-item"]');
    focusedRow.current = item ? Math.floor((Number(item.dataset.position) - 1) / columns) : null;
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedRow.current = null;
  };

  const rows = virtualizer.getVirtualItems();
  // Sizes and offsets are set only in the browser (through the CSSOM): as server-rendered `style` attributes a
  // strict CSP would block them.
  const virtualized = useHydrated();
  return (
    <div
      ref={viewportRef}
      className="mk-exercise-library__viewport"
      data-slot="exercise-library-viewport"
      {...viewportProps(props)}
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
        onKeyDown={(event) => gridKeyDown(event, props, columns, viewportRef.current, moveFocus)}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {rows.map((row) => (
          <div
            key={row.key}
            ref={virtualizer.measureElement}
            role="none"
            className="mk-exercise-library__row"
            data-slot="exercise-library-row"
            data-index={row.index}
            style={virtualized ? { transform: `translateY(${row.start}px)` } : undefined}
          >
            {rowItems(props, row.index * columns, columns)}
          </div>
        ))}
      </div>
    </div>
  );
});
