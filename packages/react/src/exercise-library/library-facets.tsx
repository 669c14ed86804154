import type { ExerciseLibraryFilters, LibraryFacet, LibraryFacetOptions, MessageKey, Translator } from "@movekit/core";
import { LIBRARY_FACETS } from "@movekit/core";
import { memo, useId } from "react";

const FACET_LABEL: Record<LibraryFacet, MessageKey> = {
  bodyRegions: "exerciseLibrary.facet.bodyRegion",
  equipment: "exerciseLibrary.facet.equipment",
  positions: "exerciseLibrary.facet.position",
  difficulties: "exerciseLibrary.facet.difficulty",
  goals: "exerciseLibrary.facet.goal",
};

export interface LibraryFacetsProps {
  filters: ExerciseLibraryFilters;
  /** Undefined while the search index is being built: the groups show without their choices for a moment. */
  options: LibraryFacetOptions | undefined;
  noEquipmentCount: number | undefined;
  t: Translator;
  onToggle: (facet: LibraryFacet, id: string, checked: boolean) => void;
  onNoEquipment: (checked: boolean) => void;
}

/**
 * The facet filters: one disclosure per facet (native `<details>`, so Enter or Space opens it) holding a
 * group of checkboxes with their result counts, then the "no equipment" switch. Options that would give no
 * results are left out unless they are selected, so the lists stay short.
 */
export const LibraryFacets = memo(
  function LibraryFacets({ filters, options, noEquipmentCount, t, onToggle, onNoEquipment }: LibraryFacetsProps) {
    const id = useId();
    return (
      <>
        {LIBRARY_FACETS.map((facet) => {
          const selected = filters[facet] as readonly string[];
          const shown = options?.[facet].filter((option) => option.count > 0 || selected.includes(option.id));
          if (shown?.length === 0) return null;
          const label = t(FACET_LABEL[facet]);
          return (
            <details
              key={facet}
              className="mk-exercise-library__facet"
              data-slot="exercise-library-facet"
              data-facet={facet}
              data-state={selected.length > 0 ? "active" : "inactive"}
            >
              <summary className="mk-exercise-library__facet-summary mk-chevron">
                {label}
                {selected.length > 0 && (
                  <span className="mk-exercise-library__facet-selected">
                    {" "}
                    ({t("exerciseLibrary.facetSelected", { count: selected.length })})
                  </span>
                )}
              </summary>
              <fieldset className="mk-exercise-library__options">
                <legend className="mk-visually-hidden">{label}</legend>
                {shown?.map((option) => {
                  const inputId = `${id}-${facet}-${option.id}`;
                  return (
                    <div key={option.id} className="mk-exercise-library__option" data-slot="exercise-library-option">
                      <input
                        id={inputId}
                        type="checkbox"
                        checked={selected.includes(option.id)}
                        onChange={(event) => onToggle(facet, option.id, event.currentTarget.checked)}
                      />
                      <label htmlFor={inputId}>
                        <span lang={option.lang}>{option.label}</span>{" "}
                        <span className="mk-exercise-library__option-count">({option.count})</span>
                      </label>
                    </div>
                  );
                })}
              </fieldset>
            </details>
          );
        })}
        <div
          className="mk-exercise-library__option mk-exercise-library__no-equipment"
          data-slot="exercise-library-option"
        >
          <input
            id={`${id}-no-equipment`}
            type="checkbox"
            checked={filters.noEquipment}
            onChange={(event) => onNoEquipment(event.currentTarget.checked)}
          />
          <label htmlFor={`${id}-no-equipment`}>
            {t("exerciseLibrary.noEquipment")}
            {noEquipmentCount !== undefined && (
              <>
                {" "}
                <span className="mk-exercise-library__option-count">({noEquipmentCount})</span>
              </>
            )}
          </label>
        </div>
      </>
    );
  },
  // The search text is not shown here: typing must not re-render every checkbox.
  (previous, next) =>
    previous.options === next.options &&
    previous.noEquipmentCount === next.noEquipmentCount &&
    previous.t === next.t &&
    previous.onToggle === next.onToggle &&
    previous.onNoEquipment === next.onNoEquipment &&
    previous.filters.noEquipment === next.filters.noEquipment &&
    LIBRARY_FACETS.every((facet) => previous.filters[facet] === next.filters[facet]),
);
