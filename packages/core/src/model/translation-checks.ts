import type { Locale } from "../i18n/locale";
import { LOCALES } from "../i18n/locale";
import { issue, type PathKey, type ValidationIssue } from "./validation-error";

const LOCALE_SET = new Set<string>(LOCALES);

/** A LocalizedText object: only locale keys, string values, en-GB present. */
function isLocalizedText(value: unknown): value is Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.includes("en-GB") &&
    keys.every((k) => LOCALE_SET.has(k) && typeof (value as Record<string, unknown>)[k] === "string")
  );
}

/**
 * Finds every LocalizedText in `value` that lacks one of `locales`. Content must be complete in its own
 * language and in each locale the integrator says is active; elsewhere readers get the marked en-GB fallback.
 */
export function checkTranslations(
  value: unknown,
  locales: readonly Locale[],
  prefix: readonly PathKey[],
  out: ValidationIssue[],
): void {
  if (locales.length === 0) return;
  const visit = (node: unknown, keys: PathKey[]) => {
    if (isLocalizedText(node)) {
      for (const locale of locales) {
        if (!node[locale]) {
          out.push(
            issue(
              [...keys, locale],
              "missing-translation",
              `The ${locale} text is missing here (en-GB reads: ${JSON.stringify(truncate(node["en-GB"] ?? ""))}). Add the translation.`,
            ),
          );
        }
      }
      return;
    }
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) visit(item, [...keys, i]);
    } else if (node && typeof node === "object") {
      for (const [k, child] of Object.entries(node)) visit(child, [...keys, k]);
    }
  };
  visit(value, [...prefix]);
}

function truncate(text: string): string {
  return text.length > 50 ? `${text.slice(0, 50)}…` : text;
}
