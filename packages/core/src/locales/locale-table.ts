import type { Message, MessageBundle } from "../i18n/define-messages";

/** One namespace's strings in a locale pack: any of the bundle's keys, a misspelt key is a type error. */
export type TableOf<B> = B extends MessageBundle<infer K> ? Partial<Record<K, Message>> : never;
