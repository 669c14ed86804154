// Shared settings for the fuzz suites. In the normal test run: a fixed seed and a few hundred runs, no timing.
// `pnpm fuzz` sets FUZZ_SEED (random), FUZZ_RUNS (many) and FUZZ_CALL_BOUND_MS (a generous per-call bound).
import fc from "fast-check";

const env = typeof process === "undefined" ? {} : process.env;
const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return Number.isFinite(parsed) && value !== undefined && value !== "" ? parsed : fallback;
};

export const FUZZ_SEED = number(env.FUZZ_SEED, 16_014);
export const FUZZ_RUNS = number(env.FUZZ_RUNS, 200);
/** Only `pnpm fuzz` sets this; the normal suite asserts no times. */
export const FUZZ_CALL_BOUND_MS = env.FUZZ_CALL_BOUND_MS ? number(env.FUZZ_CALL_BOUND_MS, 0) : undefined;

export function fuzzParameters(runs = FUZZ_RUNS): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: runs, endOnFailure: true };
}

/** Calls `fn`; under `pnpm fuzz`, also fails a call slower than the bound (a hang or quadratic path). */
export function withinBound<T>(label: string, fn: () => T): T {
  if (FUZZ_CALL_BOUND_MS === undefined) return fn();
  const started = performance.now();
  const result = fn();
  const took = performance.now() - started;
  if (took > FUZZ_CALL_BOUND_MS)
    throw new Error(`${label} took ${took.toFixed(0)} ms (bound ${FUZZ_CALL_BOUND_MS} ms)`);
  return result;
}

/** Strings that have broken parsers before: markup, bidi, invisible text, huge runs, absurd numbers. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u200B\u2060\u00AD",
    "\u3164\u2800",
    "Bridge \u202Eegdirb",
    "\uD83D",
    "<script>alert(1)</script>",
    "[a](javascript:alert(1))",
    "&lt;b&gt;",
    "javascript:alert(1)",
    "//evil.example",
    "__proto__",
    "constructor",
    "toString",
    `${"9".repeat(400)}:00:00.000`,
  ),
  fc
    .constantFrom("[", "<v a", "&#", "<", "a-", "\n\n")
    .chain((unit) => fc.integer({ min: 1_000, max: 60_000 }).map((n) => unit.repeat(n))),
);

/** Any JSON value (what a content file can express), with hostile strings mixed in. */
export const jsonish: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    hostileString,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "id", "text", "en-GB")),
      tie("value"),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

type Path = (string | number)[];

/** Every path to a value inside `root`, walked with an explicit stack. */
export function pathsOf(root: unknown): Path[] {
  const out: Path[] = [];
  const stack: Array<{ value: unknown; path: Path }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Path };
    out.push(path);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], path: [...path, i] });
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return out;
}

export type Mutation = { path: Path; kind: "set"; value: unknown } | { path: Path; kind: "delete" };

/** A copy of `root` with one value replaced or removed. */
export function mutate<T>(root: T, mutation: Mutation): unknown {
  if (mutation.path.length === 0) return mutation.kind === "set" ? mutation.value : undefined;
  const copy = structuredClone(root) as unknown;
  let node = copy as Record<string | number, unknown>;
  for (const key of mutation.path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = mutation.path.at(-1) as string | number;
  if (mutation.kind === "delete") {
    if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
    else delete node[last];
  } else {
    // defineProperty, so a "__proto__" key is data, as JSON.parse would make it.
    Object.defineProperty(node, last, { value: mutation.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Mutations of `root`: any one value set to any JSON value (often hostile text), or removed. */
export function mutationsOf(root: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(root);
  const path = fc.integer({ min: 0, max: paths.length - 1 }).map((i) => paths[i] as Path);
  return fc.oneof(
    fc.record({ path, kind: fc.constant("set" as const), value: jsonish }),
    fc.record({ path, kind: fc.constant("set" as const), value: hostileString }),
    fc.record({ path, kind: fc.constant("delete" as const) }),
  );
}
