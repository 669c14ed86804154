import { DEFAULT_LOCALE, type Locale, resolveLocale } from "./locale";
import { type Catalogue, catalogues, type MessageKey } from "./messages";

export type MessageVars = Record<string, string | number>;

// Intl.PluralRules is slow to construct and translate runs for every string of every row: one per locale.
const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** Looks a message up in the locale's catalogue, falling back to en-GB, then fills `{name}` slots. */
export function translate(locale: Locale | string, key: MessageKey, vars: MessageVars = {}): string {
  const resolved = resolveLocale(locale);
  const entry = catalogues[resolved][key] ?? catalogues[DEFAULT_LOCALE][key] ?? key;
  const count = typeof vars.count === "number" ? vars.count : undefined;
  const template =
    typeof entry === "string" ? entry : entry[pluralCategory(resolved, count ?? 0) === "one" ? "one" : "other"];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A translator bound to one locale, as components use it. */
export function createTranslator(locale: Locale | string, overrides: Partial<Catalogue> = {}) {
  const resolved = resolveLocale(locale);
  return (key: MessageKey, vars?: MessageVars): string => {
    const own = overrides[key];
    if (own !== undefined) {
      const template = typeof own === "string" ? own : own.other;
      return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
    }
    return translate(resolved, key, vars);
  };
}

export type Translator = ReturnType<typeof createTranslator>;
export type { Catalogue, MessageKey };
