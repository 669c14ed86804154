import { isDevelopment } from "./dev-mode";

// One warning per component and prop for the whole page, not one per render or per instance.
const warned = new Set<string>();

/**
 * Resolves a renamed prop: the new name wins, the old one still works for one release. The first use of the old
 * name logs one console.warn in development builds naming the replacement; production builds stay silent.
 */
export function renamedProp<T>(
  component: string,
  names: { from: string; to: string },
  newValue: T | undefined,
  oldValue: T | undefined,
): T | undefined {
  if (oldValue === undefined) return newValue;
  const key = `${component}.${names.from}`;
  if (!warned.has(key) && isDevelopment()) {
    warned.add(key);
    console.warn(
      `Movekit ${component}: the \`${names.from}\` prop is deprecated; use \`${names.to}\` instead. ` +
        "The old name will be removed in the next release.",
    );
  }
  return newValue ?? oldValue;
}
