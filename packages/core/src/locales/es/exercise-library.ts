import type { exerciseLibraryMessages } from "../../i18n/messages/exercise-library";
import type { TableOf } from "../locale-table";

/** The Spanish strings of `exerciseLibraryMessages`; keys it leaves out fall back to en-GB. */
export const exerciseLibrary = {
  "exerciseLibrary.label": "Biblioteca de ejercicios",
  "exerciseLibrary.search": "Buscar ejercicios",
  "exerciseLibrary.searchHint": "Nombre, zona del cuerpo o material",
  "exerciseLibrary.filters": "Filtros",
  "exerciseLibrary.facet.bodyRegion": "Zona del cuerpo",
  "exerciseLibrary.facet.equipment": "Material",
  "exerciseLibrary.facet.position": "Posición",
  "exerciseLibrary.facet.difficulty": "Dificultad",
  "exerciseLibrary.facet.goal": "Objetivo",
  "exerciseLibrary.facetSelected": {
    one: "{count} seleccionado",
    other: "{count} seleccionados",
  },
  "exerciseLibrary.noEquipment": "Sin material",
  "exerciseLibrary.sort": "Ordenar por",
  "exerciseLibrary.sort.relevance": "Más relevantes",
  "exerciseLibrary.sort.name": "Nombre (de la A a la Z)",
  "exerciseLibrary.sort.difficulty": "Más fáciles primero",
  "exerciseLibrary.results": "Ejercicios",
  "exerciseLibrary.count": {
    one: "{number} ejercicio",
    other: "{number} ejercicios",
  },
  "exerciseLibrary.empty": "Ningún ejercicio coincide con tu búsqueda y tus filtros.",
  "exerciseLibrary.emptyHint": "Prueba con otras palabras o con menos filtros.",
  "exerciseLibrary.clearFilters": "Borrar filtros",
  "exerciseLibrary.select": "Añadir al programa",
  "exerciseLibrary.selectNamed": "Añadir al programa: {name}",
} satisfies TableOf<typeof exerciseLibraryMessages>;
