import { type Catalogue, createTranslator, type Locale, type Translator } from "@movekit/core";
import { useMemo } from "react";
import { useMovekit } from "../movekit-provider/movekit-context";

/**
 * The locale and translator a client component uses: its own `locale` prop, else the provider's; the provider's
 * messages with the component's `messages` laid over them (the prop wins). Without either prop it is the
 * provider's own translator, so nothing is rebuilt.
 */
export function useTranslator(
  localeProp: Locale | string | undefined,
  messages: Partial<Catalogue> | undefined,
): { locale: Locale | string; t: Translator } {
  const movekit = useMovekit();
  const locale = localeProp ?? movekit.locale;
  const t = useMemo(
    () => (localeProp || messages ? createTranslator(locale, { ...movekit.messages, ...messages }) : movekit.t),
    [localeProp, messages, locale, movekit.messages, movekit.t],
  );
  return { locale, t };
}
