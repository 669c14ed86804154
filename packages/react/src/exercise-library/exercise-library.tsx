import {
  type Catalogue,
  clearLibraryFilters,
  completeLibraryFilters,
  type Exercise,
  type ExerciseLibraryFilters,
  type ExerciseLibrarySort,
  exerciseLibraryMessages,
  hasActiveLibraryFilters,
  LIBRARY_SORTS,
  type LibraryFacet,
  type Locale,
  libraryFacetSummary,
  libraryFiltersKey,
  libraryIndexFor,
  libraryResults,
  localeDirection,
  numberFormat,
  peekLibraryIndex,
  resolveLocale,
  toggleLibraryFacet,
  vocabMessages,
} from "@movekit/core";
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { afterNextPaint } from "../internal/after-next-paint";
import { Announcer } from "../internal/announcer";
import { Button } from "../internal/button";
import { cx } from "../internal/class-names";
import type { HeadingLevel } from "../internal/heading";
import { useControllableState } from "../internal/use-controllable-state";
import { useTranslator } from "../internal/use-translator";
import { type LinkComponent, useMovekit } from "../movekit-provider/movekit-context";
import { LibraryFacets } from "./library-facets";
import { LibraryResults } from "./library-results";
import { useAnnouncement } from "./use-announcement";

/** The message bundles this component shows strings from. */
const BUNDLES = [exerciseLibraryMessages, vocabMessages];

/**
 * Runs `task` once the browser is idle after painting (`requestIdleCallback`, or the task after the next frame
 * where it is missing); returns a cancel function.
 */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  return afterNextPaint(task);
}

/** Libraries larger than this search in a deferred render, so typing never waits for the search. */
const DEFER_RESULTS_ABOVE = 10_000;

/** How long the result count must stay the same before it is announced. */
const ANNOUNCE_DELAY_MS = 600;

export interface ExerciseLibraryProps
  extends Omit<ComponentPropsWithoutRef<"section">, "defaultValue" | "onSelect" | "children"> {
  /** The exercises to browse, usually `library.exercises` from `parseLibrary`. Keep the array stable. */
  exercises: readonly Exercise[];
  /**
   * The search text, facet selections and order, when the host controls them (for example to keep them in
   * the URL with `libraryFiltersToSearchParams`). Missing fields take their defaults.
   */
  value?: Partial<ExerciseLibraryFilters>;
  /** The starting filters when the library manages its own state. */
  defaultValue?: Partial<ExerciseLibraryFilters>;
  /** Called with the complete new filters whenever the reader changes the search, a facet or the order. */
  onValueChange?: (filters: ExerciseLibraryFilters) => void;
  /**
   * Called when the reader chooses an exercise ("Add to programme"). Without it the cards have no button.
   * Rename the button with `messages={{ "exerciseLibrary.select": "…", "exerciseLibrary.selectNamed": "…" }}`.
   */
  onSelect?: (exercise: Exercise) => void;
  /** A URL for each card's title link (https or relative). Without it the titles are plain headings. */
  getHref?: (exercise: Exercise) => string | undefined;
  /** The element that renders each card's link. @default the MovekitProvider's `linkComponent`, else `<a>` */
  linkComponent?: LinkComponent;
  /** Heading level of each card's title, to fit the host page's outline. @default 3 */
  headingLevel?: HeadingLevel;
  /** Narrowest a card may get, in CSS pixels; sets how many columns fit. @default 280 */
  minCardWidth?: number;
  /** BCP 47 locale. @default the MovekitProvider's, else "en-GB" */
  locale?: Locale | string;
  /** Replace any of the catalogue's strings. @default the MovekitProvider's */
  messages?: Partial<Catalogue>;
}

/**
 * Search, filter and sort an exercise library of any size. The search runs on @movekit/core's prebuilt index
 * (built once per `exercises` array and locale); results are ExerciseCards in a responsive, virtualised grid,
 * so only the cards in view are rendered and the cost of typing does not grow with the library (figures in
 * docs/performance.md). The virtualiser loads on first use: a library of up to 48 exercises is a plain list
 * and never loads it; a longer one paints its first rows plainly until it arrives (`preloadExerciseLibrary()`
 * fetches it earlier). The result count is announced politely once typing pauses; arrow keys, Home and End
 * move between cards.
 *
 * @selector [data-slot="exercise-library"] the root `<section>`
 * @selector [data-slot="exercise-library-results"][data-pending] while the results catch up with the filters
 *   (only in libraries of over 10,000 exercises; smaller ones show results with the keystroke)
 * @selector [data-slot="exercise-library-facet"][data-facet][data-state="active" | "inactive"]
 * @selector [data-slot="exercise-library-item"][data-position] one result (also `aria-posinset`)
 * @selector [data-slot="exercise-library-list"][data-virtualized] once in the browser, where rows are measured and
 *   placed; server HTML has no inline styles, so a strict CSP is satisfied
 * @selector [data-slot="exercise-library-empty"] the "no results" message
 */
export const ExerciseLibrary = forwardRef<HTMLElement, ExerciseLibraryProps>(function ExerciseLibrary(
  {
    exercises,
    value,
    defaultValue,
    onValueChange,
    onSelect,
    getHref,
    linkComponent,
    headingLevel = 3,
    minCardWidth = 280,
    locale: localeProp,
    messages: messagesProp,
    className,
    ...rest
  }: ExerciseLibraryProps,
  ref,
) {
  const context = useMovekit();
  const { locale, messages, t } = useTranslator(localeProp, messagesProp, BUNDLES);
  const id = useId();

  const [rawFilters, setFilters] = useControllableState<Partial<ExerciseLibraryFilters>>(
    value,
    defaultValue ?? {},
    onValueChange as ((next: Partial<ExerciseLibraryFilters>) => void) | undefined,
  );
  // Hosts often pass a fresh object each render; equal filters must not look like a new search.
  const key = libraryFiltersKey(completeLibraryFilters(rawFilters));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the filters' content
  const filters = useMemo(() => completeLibraryFilters(rawFilters), [key]);
  const update = useCallback(
    (change: (current: ExerciseLibraryFilters) => ExerciseLibraryFilters) =>
      setFilters((current) => change(completeLibraryFilters(current))),
    [setFilters],
  );

  // Results render with the keystroke that asked for them: searching 5,000 exercises takes under a millisecond,
  // so the letter and its results reach the screen in the same frame. Only very large libraries, where the search
  // itself would hold up typing, show their results in a deferred render (marked `data-pending` meanwhile).
  const large = exercises.length > DEFER_RESULTS_ABOVE;
  const deferred = useDeferredValue(large ? filters : undefined);
  const shown = (large && deferred) || filters;
  const pending = shown !== filters;
  // The index is built on first need. With nothing to filter yet, the first paint shows every exercise without
  // it, and the index is built once the browser is idle after that paint, so a large library appears at once.
  const [, indexBuilt] = useState(0);
  const index = hasActiveLibraryFilters(shown)
    ? libraryIndexFor(exercises, locale)
    : peekLibraryIndex(exercises, locale);
  useEffect(() => {
    if (peekLibraryIndex(exercises, locale)) return;
    return whenIdle(() => {
      libraryIndexFor(exercises, locale);
      indexBuilt((n) => n + 1);
    });
  }, [exercises, locale]);
  const results = useMemo(() => libraryResults(index, exercises, shown, locale), [index, exercises, shown, locale]);

  // The facet counts are secondary: they follow once the browser is idle after the results are painted, so a
  // keystroke only waits for the results.
  const [countsFor, setCountsFor] = useState(shown);
  useEffect(() => {
    if (countsFor === shown) return;
    return whenIdle(() => startTransition(() => setCountsFor(shown)));
  }, [countsFor, shown]);
  const facets = useMemo(
    () => (index ? libraryFacetSummary(index, countsFor, locale, t) : undefined),
    [index, countsFor, locale, t],
  );

  const countText = t("exerciseLibrary.count", {
    count: results.length,
    number: numberFormat(resolveLocale(String(locale))).format(results.length),
  });
  const announcement = useAnnouncement(countText, ANNOUNCE_DELAY_MS);

  const onToggle = useCallback(
    (facet: LibraryFacet, option: string, checked: boolean) =>
      update((current) => toggleLibraryFacet(current, facet, option, checked)),
    [update],
  );
  const onNoEquipment = useCallback(
    (checked: boolean) => update((current) => ({ ...current, noEquipment: checked })),
    [update],
  );
  const clear = () => update(clearLibraryFilters);

  // Stable across renders so memoised result items do not re-render when the host passes a new function.
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;
  const select = useCallback((exercise: Exercise) => selectRef.current?.(exercise), []);

  const active = hasActiveLibraryFilters(filters);
  return (
    <section
      aria-label={t("exerciseLibrary.label")}
      {...rest}
      ref={ref}
      className={cx("mk-exercise-library", className)}
      data-slot="exercise-library"
      lang={String(locale)}
    >
      <div className="mk-exercise-library__toolbar" data-slot="exercise-library-toolbar">
        <div role="search" className="mk-exercise-library__search" data-slot="exercise-library-search">
          <label htmlFor={`${id}-search`}>{t("exerciseLibrary.search")}</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby={`${id}-search-hint`}
            value={filters.query}
            onChange={(event) => {
              const query = event.currentTarget.value;
              update((current) => ({ ...current, query }));
            }}
          />
          <span id={`${id}-search-hint`} className="mk-exercise-library__hint">
            {t("exerciseLibrary.searchHint")}
          </span>
        </div>
        <div className="mk-exercise-library__sort" data-slot="exercise-library-sort">
          <label htmlFor={`${id}-sort`}>{t("exerciseLibrary.sort")}</label>
          <select
            id={`${id}-sort`}
            value={filters.sort}
            onChange={(event) => {
              const sort = event.currentTarget.value as ExerciseLibrarySort;
              update((current) => ({ ...current, sort }));
            }}
          >
            {LIBRARY_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`exerciseLibrary.sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mk-exercise-library__body">
        <div
          role="group"
          aria-labelledby={`${id}-filters`}
          className="mk-exercise-library__filters"
          data-slot="exercise-library-filters"
        >
          <p id={`${id}-filters`} className="mk-exercise-library__filters-label">
            {t("exerciseLibrary.filters")}
          </p>
          <LibraryFacets
            filters={filters}
            options={facets?.options}
            noEquipmentCount={facets?.noEquipmentCount}
            t={t}
            onToggle={onToggle}
            onNoEquipment={onNoEquipment}
          />
          {active && (
            <Button className="mk-exercise-library__clear" slot="exercise-library-clear" onClick={clear}>
              {t("exerciseLibrary.clearFilters")}
            </Button>
          )}
        </div>
        <div
          className="mk-exercise-library__results"
          data-slot="exercise-library-results"
          data-pending={pending ? "" : undefined}
        >
          {/* Shown at once; screen readers get the same words from the live region once typing pauses. */}
          <p className="mk-exercise-library__count" data-slot="exercise-library-count" aria-hidden="true">
            {countText}
          </p>
          <Announcer message={announcement} slot="exercise-library-status" />
          {results.length === 0 ? (
            <div className="mk-exercise-library__empty" data-slot="exercise-library-empty">
              <p className="mk-exercise-library__empty-title">{t("exerciseLibrary.empty")}</p>
              <p>{t("exerciseLibrary.emptyHint")}</p>
              {active && (
                <Button className="mk-exercise-library__clear" onClick={clear}>
                  {t("exerciseLibrary.clearFilters")}
                </Button>
              )}
            </div>
          ) : (
            <LibraryResults
              librarySize={exercises.length}
              exercises={results}
              locale={locale}
              messages={messages}
              t={t}
              minCardWidth={minCardWidth}
              headingLevel={headingLevel}
              getHref={getHref}
              linkComponent={linkComponent ?? context.linkComponent}
              onSelect={onSelect ? select : undefined}
              searchKey={libraryFiltersKey(shown)}
              dir={localeProp ? localeDirection(String(localeProp)) : context.dir}
            />
          )}
        </div>
      </div>
    </section>
  );
});
