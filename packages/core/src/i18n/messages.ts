import type { Message, MessageBundle } from "./define-messages";
import type { Locale } from "./locale";
import type { certMessages } from "./messages/cert";
import type { demoMessages } from "./messages/demo";
import * as bundles from "./messages/index";
import type { recordsMessages } from "./messages/records";
import type { runPlanMessages } from "./messages/run-plan";
import type { sessionMessages } from "./messages/session";
import type { videoMessages } from "./messages/video";

// The CERT report, exported records, the guided session, walk/run plans, the movement demo and the video player
// name their own namespaces (on the cert, fhir, session, running, demo and video subpaths), so the main entry does not carry their strings; their keys are
// still part of the catalogue a host can override.
type Bundles = typeof bundles & {
  certMessages: typeof certMessages;
  recordsMessages: typeof recordsMessages;
  runPlanMessages: typeof runPlanMessages;
  sessionMessages: typeof sessionMessages;
  demoMessages: typeof demoMessages;
  videoMessages: typeof videoMessages;
};
type KeysOf<B> = B extends MessageBundle<infer K> ? K : never;

/** Every message key of the kit. */
export type MessageKey = { [N in keyof Bundles]: KeysOf<Bundles[N]> }[keyof Bundles];
export type Catalogue = Record<MessageKey, Message>;
export type { Message, MessageBundle };

/**
 * The main entry's catalogue by locale (the subpaths' namespaces are on their subpaths), for tests, docs and
 * hosts that want every string. Components never import it:
 * each registers only the namespaces it uses (see registry.ts), so bundles carry only the strings they show.
 */
export const allMessageBundles: readonly MessageBundle[] = /* @__PURE__ */ Object.values(bundles);

export function wholeCatalogue(locale: Locale): Partial<Catalogue> {
  return Object.assign({}, ...allMessageBundles.map((b) => b[locale] ?? {}));
}
