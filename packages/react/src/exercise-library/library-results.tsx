import { memo, useRef } from "react";
import { lazyPart } from "../internal/lazy-part";
import { useHydrated } from "../internal/use-hydrated";
import {
  focusTarget,
  gridKeyDown,
  type LibraryResultsProps,
  rowItems,
  useColumns,
  viewportProps,
} from "./library-grid";

export type { LibraryResultsProps } from "./library-grid";

/**
 * Libraries up to this size render every card plainly and never load the virtualiser (about 9 kB gzip, most of
 * the library's code): a few dozen cards cost less to render than to download it. Decided on the library's
 * size, not the results', so typing never swaps one list for the other.
 */
export const PLAIN_LIBRARY_MAX = 48;
/** Rows painted plainly while the virtualiser loads (on the server too): about a viewport's worth. */
const FIRST_ROWS = 3;

/** The virtualised grid, split off the entry chunk (issue #17). */
const LazyVirtualResults = lazyPart(() => import("./virtual-results").then((m) => m.VirtualResults));

/** Loads the virtualiser of long libraries now, so their results render without the plain first rows. */
export const preloadExerciseLibrary = (): Promise<unknown> => LazyVirtualResults.preload();

/**
 * The first `rows` rows of results in normal flow, with the same list, items, set sizes and keys as the
 * virtualised grid: the whole list for a small library, and the first screen of a long one until (or if never)
 * its virtualiser arrives.
 */
function PlainResults({ rows, ...props }: LibraryResultsProps & { rows: number }) {
  const { exercises, t, minCardWidth } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const columns = useColumns(viewportRef, listRef, minCardWidth);
  // Set through the CSSOM once hydrated: as a server-rendered `style` attribute a strict CSP would block it.
  const hydrated = useHydrated();
  const shown = Math.min(exercises.length, rows * columns);
  const firsts = Array.from({ length: Math.ceil(shown / columns) }, (_, row) => row * columns);
  const moveFocus = (from: number, to: number) => {
    const target = Math.max(0, Math.min(shown - 1, to));
    const item = listRef.current?.querySelector<HTMLElement>(`[data-position="${target + 1}"]`);
    if (target !== from && item) focusTarget(item).focus();
  };
  return (
    <div
      ref={viewportRef}
      className="mk-exercise-library__viewport"
      data-slot="exercise-library-viewport"
      {...viewportProps(props)}
    >
      <div
        ref={listRef}
        role="list"
        aria-label={t("exerciseLibrary.results")}
        className="mk-exercise-library__list"
        data-slot="exercise-library-list"
        style={hydrated ? { ["--mk-library-columns" as string]: columns } : undefined}
        onKeyDown={(event) => gridKeyDown(event, props, columns, viewportRef.current, moveFocus)}
      >
        {firsts.map((first) => (
          <div
            key={first}
            role="none"
            className="mk-exercise-library__row"
            data-slot="exercise-library-row"
            data-index={first / columns}
          >
            {rowItems(props, first, Math.min(columns, shown - first))}
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The results grid. A small library is a plain list; a long one is virtualised (only the cards in view are in
 * the DOM), its first rows painted plainly until the virtualiser's code has loaded, and every card plainly if it
 * cannot load. Either way each card is a
 * `listitem` with the full set size and its own position, and the arrow keys, Home and End move between cards.
 */
export const LibraryResults = memo(function LibraryResults(props: LibraryResultsProps & { librarySize: number }) {
  const { librarySize, ...rest } = props;
  if (librarySize <= PLAIN_LIBRARY_MAX) return <PlainResults {...rest} rows={Number.POSITIVE_INFINITY} />;
  return (
    <LazyVirtualResults
      {...rest}
      fallback={<PlainResults {...rest} rows={FIRST_ROWS} />}
      // Without the virtualiser every card is still reachable: slower to lay out, but nothing is left out.
      failed={<PlainResults {...rest} rows={Number.POSITIVE_INFINITY} />}
    />
  );
});
