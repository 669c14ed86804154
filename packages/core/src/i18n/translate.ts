import { pluralRules } from "./intl-cache";
import { DEFAULT_LOCALE, type Locale, resolveLocale } from "./locale";
import type { Catalogue, Message, MessageKey } from "./messages";
import { lookupMessage } from "./registry";

export type MessageVars = Record<string, string | number>;

function fill(locale: Locale, message: Message, vars: MessageVars): string {
  const count = typeof vars.count === "number" ? vars.count : 0;
  const template =
    typeof message === "string" ? message : message[pluralRules(locale).select(count) === "one" ? "one" : "other"];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/**
 * Looks a message up in the locale's registered strings, falling back to en-GB, then fills `{name}` slots.
 * The module that calls it must have registered the key's namespace with `registerMessages`.
 */
export function translate(locale: Locale | string, key: MessageKey, vars: MessageVars = {}): string {
  const resolved = resolveLocale(locale);
  const message = lookupMessage(resolved, key) ?? lookupMessage(DEFAULT_LOCALE, key);
  return message === undefined ? key : fill(resolved, message, vars);
}

/** A translator bound to one locale, with a host's own wording laid over the catalogue, as components use it. */
export function createTranslator(locale: Locale | string, overrides: Partial<Catalogue> = {}) {
  const resolved = resolveLocale(locale);
  return (key: MessageKey, vars: MessageVars = {}): string => {
    const own = overrides[key];
    return own === undefined ? translate(resolved, key, vars) : fill(resolved, own, vars);
  };
}

export type Translator = ReturnType<typeof createTranslator>;
export type { Catalogue, MessageKey };
