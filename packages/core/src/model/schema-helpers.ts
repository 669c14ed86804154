import * as v from "valibot";

/** An optional list; a fresh `[]` when left out (a factory, so parsed values never share one array). */
export const listOf = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item, "wrong-type"), () => []);

/** A required list with at least one item. */
export const nonEmptyListOf = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item, "wrong-type"), v.minLength(1, "empty-list"));

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) =>
  v.pipe(
    v.number("wrong-type"),
    v.integer("not-integer"),
    v.minValue(min, "out-of-range"),
    v.maxValue(max, "out-of-range"),
  );
