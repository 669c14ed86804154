import type { Locale } from "./locale";

export type Message = string | { one: string; other: string };

/** One namespace's strings in every locale: en-GB is complete, other locales may leave keys to en-GB. */
export type MessageBundle<K extends string = string> = { "en-GB": Record<K, Message> } & {
  [L in Exclude<Locale, "en-GB">]?: Partial<Record<K, Message>>;
};

/** Declares a namespace of strings; typed so a missing or misspelt key in another locale is a type error. */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessages<const K extends string>(bundle: MessageBundle<K>): MessageBundle<K> {
  return bundle;
}
