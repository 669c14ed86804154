// Tiny hand-written checks, one per valibot building block the content model uses, so the guard can mirror
// the schemas without bundling valibot. Each answers only "can this be used as given?".
import { isIsoDate } from "../model/iso-date";
import { ID_PATTERN } from "../model/patterns";
import { isSafeUrl } from "../model/safe-url";
import { isLocalizedTextValue, isPlainTextValue } from "../model/text-guards";

export type Check = (value: unknown) => boolean;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `v.strictObject`: every listed key passes its check (absent keys are `undefined`), and no other key. Like
 * valibot, any object passes the type test, arrays included (an empty array is an empty dosage).
 */
export const strict =
  (shape: Record<string, Check>): Check =>
  (value) =>
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).every((key) => Object.hasOwn(shape, key)) &&
    Object.entries(shape).every(([key, check]) => check((value as Record<string, unknown>)[key]));

export const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);

export const list =
  (check: Check, min = 0, max = Number.POSITIVE_INFINITY): Check =>
  (value) =>
    Array.isArray(value) && value.length >= min && value.length <= max && value.every(check);

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
export const variant =
  (key: string, options: Record<string, Check>): Check =>
  (value) =>
    isRecord(value) &&
    typeof value[key] === "string" &&
    Object.hasOwn(options, value[key]) &&
    !!options[value[key]]?.(value);
