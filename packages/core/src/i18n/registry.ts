import type { Message, MessageBundle } from "./define-messages";
import type { Locale } from "./locale";

// Strings known to `translate`, filled by the modules that use them. A component module registers its namespaces at
// its top level (`registerMessages(safetyMessages)`), so importing a component brings exactly its strings and a
// bundler drops the rest. Registering the same bundle twice is free.
const registered = new WeakSet<MessageBundle>();
const table: Record<Locale, Map<string, Message>> = { "en-GB": new Map(), "en-US": new Map(), es: new Map() };

export function registerMessages(...bundles: MessageBundle[]): void {
  for (const bundle of bundles) {
    if (registered.has(bundle)) continue;
    registered.add(bundle);
    for (const locale of Object.keys(table) as Locale[]) {
      for (const [key, message] of Object.entries(bundle[locale] ?? {})) {
        if (message !== undefined) table[locale].set(key, message);
      }
    }
  }
}

export function lookupMessage(locale: Locale, key: string): Message | undefined {
  return table[locale].get(key);
}
