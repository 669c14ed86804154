import {
  createTranslator,
  type Locale,
  type MessageBundle,
  type MessageOverrides,
  mergeMessages,
  type Translator,
} from "@movekit/core";
import { useMemo } from "react";
import { useMovekit } from "../movekit-provider/movekit-context";

/**
 * The one translator rule for client components: the `locale` prop, else the provider's; the provider's messages
 * with the `messages` prop laid over them (the prop wins); looked up in the `bundles` the component names (a
 * module-level constant, so the translator is rebuilt only when locale or messages change). `messages` is the
 * merged result: pass it to child components so a clinic's provider-level wording, safety wording included,
 * reaches them.
 */
export function useTranslator(
  localeProp: Locale | string | undefined,
  messagesProp: MessageOverrides | undefined,
  bundles: readonly MessageBundle[],
): { locale: Locale | string; messages: MessageOverrides | undefined; t: Translator } {
  const movekit = useMovekit();
  const locale = localeProp ?? movekit.locale;
  const messages = useMemo(() => mergeMessages(movekit.messages, messagesProp), [movekit.messages, messagesProp]);
  const t = useMemo(() => createTranslator(locale, messages, bundles), [locale, messages, bundles]);
  return { locale, messages, t };
}
