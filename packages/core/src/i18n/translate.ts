import type { MessageBundle } from "./define-messages";
import { pluralRules } from "./intl-cache";
import { DEFAULT_LOCALE, type Locale, resolveLocale } from "./locale";
import type { Catalogue, Message, MessageKey } from "./messages";

export type MessageVars = Record<string, string | number>;

/** Strings by locale, as a locale pack carries them (`@movekit/core/locales/es`). */
export type LocaleTables = { readonly [L in Locale]?: Partial<Catalogue> };

/**
 * A host's own wording for any key, laid over the catalogue (a clinic's provider `messages`, a component's prop),
 * and under `locales` the locale packs it opted into. A plain key applies in every locale; a pack's string only
 * in its own locale. Both travel wherever `messages` goes, so a provider's Spanish reaches every component.
 */
export type MessageOverrides = Partial<Catalogue> & { readonly locales?: LocaleTables };

/** A locale pack: strings for one or more locales other than en-GB, passed as (or merged into) `messages`. */
export type LocaleMessages = MessageOverrides & { readonly locales: LocaleTables };

/** Looks up a key: `t("safety.prefix", { tier })`. Also says which locale, overrides and bundles it was built from. */
export interface Translator {
  (key: MessageKey, vars?: MessageVars): string;
  /** The supported locale it translates into. */
  readonly locale: Locale;
  /** The host's overrides it applies; pass these on to child components so nested wording stays the host's. */
  readonly messages: MessageOverrides;
  /** The bundles it looks keys up in, in order. */
  readonly bundles: readonly MessageBundle[];
}

// Bundlers replace `process.env.NODE_ENV` in the host's build; where nothing did and there is no `process`, the
// access throws and counts as production (silent).
declare const process: { env: { NODE_ENV?: string } };
const warned = new Set<string>();

// A raw key on screen is a bug in a component (a bundle it forgot to name): development builds say so once per key.
// The test is written inline so a production build's constant folding drops the whole warning with its text.
function reportMissing(key: string): void {
  try {
    if (process.env.NODE_ENV !== "production" && !warned.has(key)) {
      warned.add(key);
      console.warn(`[movekit] No message for "${key}" in any bundle the component named; showing the key itself.`);
    }
  } catch {
    // No `process`: production, silent.
  }
}

/** A host override or catalogue entry that can be shown; anything else falls through to the next source. */
const isMessage = (value: unknown): value is Message =>
  typeof value === "string" ||
  (typeof (value as { one?: unknown } | null)?.one === "string" &&
    typeof (value as { other?: unknown }).other === "string");

function fill(locale: Locale, message: Message, vars: MessageVars): string {
  const count = typeof vars.count === "number" ? vars.count : 0;
  const template =
    typeof message === "string" ? message : message[pluralRules(locale).select(count) === "one" ? "one" : "other"];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/**
 * A translator bound to one locale. Each key is looked up in order: the host's `overrides` (the prop wins over
 * the provider, see `mergeMessages`), the named `bundles` in the locale, the locale packs in `overrides.locales`
 * (`@movekit/core/locales/es`), the named bundles in en-GB, and as a last
 * resort the key itself (visible, and reported in development) so a gap is never silently wrong wording.
 * Components name the bundles they show (`[safetyMessages]`); nothing is registered globally.
 */
export function createTranslator(
  locale: Locale | string,
  overrides?: MessageOverrides,
  bundles: readonly MessageBundle[] = [],
): Translator {
  const resolved = resolveLocale(locale);
  const own: MessageOverrides = overrides ?? {};
  // Every table a key is looked up in, in order, chosen once per translator rather than on every call.
  const tables: Array<Record<string, unknown> | undefined> = [own, ...bundles.map((bundle) => bundle[resolved])];
  if (resolved !== DEFAULT_LOCALE)
    tables.push(own.locales?.[resolved], ...bundles.map((bundle) => bundle[DEFAULT_LOCALE]));
  const t = (key: MessageKey, vars: MessageVars = {}): string => {
    for (const table of tables) {
      // Own keys only: nothing inherited from Object.prototype is ever shown.
      if (table && Object.hasOwn(table, key) && isMessage(table[key])) return fill(resolved, table[key], vars);
    }
    reportMissing(key);
    return key;
  };
  return Object.assign(t, { locale: resolved, messages: own, bundles });
}

/** The same translator with more bundles to look in: for a part that shows strings of another namespace. */
export function extendTranslator(t: Translator, bundles: readonly MessageBundle[]): Translator {
  const missing = bundles.filter((bundle) => !t.bundles.includes(bundle));
  return missing.length === 0 ? t : createTranslator(t.locale, t.messages, [...t.bundles, ...missing]);
}

/** The one merge rule: the provider's messages with a component's `messages` prop laid over them (the prop wins). */
export function mergeMessages(
  outer: MessageOverrides | undefined,
  inner: MessageOverrides | undefined,
): MessageOverrides | undefined {
  if (!outer || Object.keys(outer).length === 0) return inner;
  if (!inner || Object.keys(inner).length === 0) return outer;
  const merged = { ...outer, ...inner };
  return outer.locales && inner.locales ? { ...merged, locales: mergeLocales(outer.locales, inner.locales) } : merged;
}

// Two sets of packs: a locale both carry keeps the strings of each, the inner one's winning.
function mergeLocales(outer: LocaleTables, inner: LocaleTables): LocaleTables {
  const merged: Record<string, Partial<Catalogue>> = { ...outer };
  for (const [locale, table] of Object.entries(inner)) merged[locale] = { ...merged[locale], ...table };
  return merged;
}

export type { Catalogue, MessageKey };

/**
 * One translator per locale and `messages` object over fixed bundles: for core's own wording (dosage, records)
 * that is asked for thousands of times, so no translator is built per call. `messages` (a host's wording, a
 * locale pack) is what the caller passed; each object gets its own cache, dropped with the object.
 */
export function translatorsFor(
  bundles: readonly MessageBundle[],
): (locale: Locale | string, messages?: MessageOverrides) => Translator {
  const plain = new Map<string, Translator>();
  const byMessages = new WeakMap<MessageOverrides, Map<string, Translator>>();
  return (locale, messages) => {
    let cache = plain;
    if (messages) {
      cache = byMessages.get(messages) ?? new Map();
      byMessages.set(messages, cache);
    }
    let t = cache.get(locale);
    if (!t) {
      t = createTranslator(locale, messages, bundles);
      cache.set(locale, t);
    }
    return t;
  };
}
