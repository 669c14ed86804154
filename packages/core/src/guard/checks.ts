// Tiny hand-written checks, one per valibot building block the content model uses, so the guard can mirror
// the schemas without bundling valibot. Each answers only "can this be used as given?".
import { isIsoDate } from "../model/iso-date";
import { ID_PATTERN } from "../model/patterns";
import { isSafeUrl } from "../model/safe-url";
import { isLocalizedTextValue, isPlainTextValue } from "../model/text-guards";

export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** How each composite check hands back a value that passed it, as valibot's output does (see `asParsed`). */
const rebuilders = new WeakMap<Check, (value: unknown) => unknown>();
const withRebuild = (check: Check, rebuild: (value: unknown) => unknown): Check => {
  rebuilders.set(check, rebuild);
  return check;
};

// Objects given as arrays that a check has let through, counted since this module loaded. They are the only thing
// a rebuild changes (to `{}`, as valibot does), so a value whose check left the count as it was is its own output.
let arraysAsObjects = 0;

/** A value that passed `check`, rebuilt as valibot would hand it back: objects from their own keys, lists item by item. */
const asParsed = (check: Check | undefined, value: unknown): unknown => {
  const rebuild = check && rebuilders.get(check);
  return rebuild ? rebuild(value) : value;
};

/** What `check` makes of `value`, as valibot's output (see `asParsed`), or INVALID when it does not pass. */
export const INVALID: unique symbol = Symbol("invalid");
export function parseWith(check: Check, value: unknown): unknown {
  const arraysBefore = arraysAsObjects;
  if (!check(value)) return INVALID;
  // Well-formed content, the usual case, comes back as given, without a second walk or a copy of every object.
  return arraysAsObjects === arraysBefore ? value : asParsed(check, value);
}

/**
 * `v.strictObject`: every listed key passes its check (absent keys are `undefined`), and no other key. Like
 * valibot, any object passes the type test, arrays included (an empty array is an empty dosage).
 */
export const strict = (shape: Record<string, Check>): Check => {
  // Listed once, not on every call: the guard runs this for every object of every exercise it checks.
  const checks = Object.entries(shape);
  return withRebuild(
    (value) => {
      if (typeof value !== "object" || value === null) return false;
      if (Array.isArray(value)) arraysAsObjects++;
      return (
        Object.keys(value).every((key) => Object.hasOwn(shape, key)) &&
        checks.every(([key, check]) => check((value as Record<string, unknown>)[key]))
      );
    },
    (value) =>
      Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, asParsed(shape[key], item)]),
      ),
  );
};

export const optional = (check: Check): Check =>
  withRebuild(
    (value) => value === undefined || check(value),
    (value) => (value === undefined ? value : asParsed(check, value)),
  );

export const list = (check: Check, min = 0, max = Number.POSITIVE_INFINITY): Check =>
  withRebuild(
    (value) => Array.isArray(value) && value.length >= min && value.length <= max && value.every(check),
    (value) => (value as unknown[]).map((item) => asParsed(check, item)),
  );

export const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);

/** `v.number()` with min/max (and `v.integer()` when `whole`). */
export const num =
  (min: number, max: number, whole = false): Check =>
  (value) =>
    typeof value === "number" &&
    !Number.isNaN(value) &&
    value >= min &&
    value <= max &&
    (!whole || Number.isInteger(value));

export const bool: Check = (value) => typeof value === "boolean";
export const plain =
  (max: number, pattern?: RegExp): Check =>
  (value) =>
    isPlainTextValue(value, max) && (!pattern || pattern.test(value));
export const text =
  (max = 2000): Check =>
  (value) =>
    isLocalizedTextValue(value, max);
export const id: Check = (value) => typeof value === "string" && value.length <= 80 && ID_PATTERN.test(value);
export const url: Check = (value) => typeof value === "string" && isSafeUrl(value);
export const isoDate: Check = (value) => typeof value === "string" && isIsoDate(value);
export const matches =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === "string" && pattern.test(value);
/** `v.variant(key, …)`: the option whose discriminator matches decides. */
export const variant = (key: string, options: Record<string, Check>): Check =>
  withRebuild(
    (value) =>
      isRecord(value) &&
      typeof value[key] === "string" &&
      Object.hasOwn(options, value[key]) &&
      !!options[value[key]]?.(value),
    (value) => asParsed(options[(value as Record<string, string>)[key] as string], value),
  );
