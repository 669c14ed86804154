import { defineMessages } from "../define-messages";

/** Strings under "exerciseLibrary.*", in en-GB, the fallback for every locale (Spanish: @movekit/core/locales/es). */
export const exerciseLibraryMessages = defineMessages({
  "en-GB": {
    "exerciseLibrary.label": "Exercise library",
    "exerciseLibrary.search": "Search exercises",
    "exerciseLibrary.searchHint": "Name, body area or equipment",
    "exerciseLibrary.filters": "Filters",
    "exerciseLibrary.facet.bodyRegion": "Body area",
    "exerciseLibrary.facet.equipment": "Equipment",
    "exerciseLibrary.facet.position": "Position",
    "exerciseLibrary.facet.difficulty": "Difficulty",
    "exerciseLibrary.facet.goal": "Goal",
    "exerciseLibrary.facetSelected": {
      one: "{count} selected",
      other: "{count} selected",
    },
    "exerciseLibrary.noEquipment": "No equipment needed",
    "exerciseLibrary.sort": "Sort by",
    "exerciseLibrary.sort.relevance": "Best match",
    "exerciseLibrary.sort.name": "Name (A to Z)",
    "exerciseLibrary.sort.difficulty": "Easiest first",
    "exerciseLibrary.results": "Exercises",
    "exerciseLibrary.count": {
      one: "{number} exercise",
      other: "{number} exercises",
    },
    "exerciseLibrary.empty": "No exercises match your search and filters.",
    "exerciseLibrary.emptyHint": "Try other words or fewer filters.",
    "exerciseLibrary.clearFilters": "Clear filters",
    "exerciseLibrary.select": "Add to programme",
    "exerciseLibrary.selectNamed": "Add to programme: {name}",
  },
});
