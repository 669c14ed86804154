// Bundlers replace `process.env.NODE_ENV` in the host's build; without a `process` the access throws (production).
declare const process: { env: { NODE_ENV?: string } };

// One warning per component and prop for the whole page, not one per render or per instance.
const warned = new Set<string>();

/**
 * Resolves a renamed prop: the new name wins, the old one still works for one release. The first use of the old
 * name logs one console.warn in development builds naming the replacement; production builds stay silent (the
 * test is inline, so their constant folding drops the warning and its text).
 */
export function renamedProp<T>(
  component: string,
  names: { from: string; to: string },
  newValue: T | undefined,
  oldValue: T | undefined,
): T | undefined {
  if (oldValue === undefined) return newValue;
  const key = `${component}.${names.from}`;
  try {
    if (process.env.NODE_ENV !== "production" && !warned.has(key)) {
      warned.add(key);
      console.warn(
        `Movekit ${component}: the \`${names.from}\` prop is deprecated; use \`${names.to}\` instead. ` +
          "The old name will be removed in the next release.",
      );
    }
  } catch {
    // No `process`: production, silent.
  }
  return newValue ?? oldValue;
}
