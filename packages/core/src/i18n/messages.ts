import type { Locale } from "./locale";
import enGB from "./messages/en-GB";
import enUS from "./messages/en-US";
import es from "./messages/es";

export type Message = string | { one: string; other: string };
export type MessageKey = keyof typeof enGB;
export type Catalogue = Record<MessageKey, Message>;

/** en-GB is complete; other locales may omit keys, which then fall back to en-GB. */
export const catalogues: Record<Locale, Partial<Catalogue>> = { "en-GB": enGB, "en-US": enUS, es };
