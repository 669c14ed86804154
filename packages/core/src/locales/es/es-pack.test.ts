import { describe, expect, it } from "vitest";
import type { MessageBundle } from "../../i18n/define-messages";
import { allMessageBundles as mainBundles } from "../../i18n/messages";
import { demoMessages } from "../../i18n/messages/demo";
import {
  contraindicationsMessages,
  exerciseSafetyMessages,
  painCheckMessages,
  safetyMessages,
} from "../../i18n/messages/index";
import { runPlanMessages } from "../../i18n/messages/run-plan";
import { sessionMessages } from "../../i18n/messages/session";
import { videoMessages } from "../../i18n/messages/video";
import { createTranslator, mergeMessages } from "../../i18n/translate";
import { es } from "./index";

// The pack also carries the Spanish of the session, walk/run plan, movement demo and video namespaces, which live
// on their subpaths.
const allMessageBundles = [...mainBundles, sessionMessages, runPlanMessages, demoMessages, videoMessages];
type Key = Parameters<ReturnType<typeof createTranslator>>[0];
const spanish = es.locales.es ?? {};
const keysOf = (bundle: MessageBundle) => Object.keys(bundle["en-GB"]) as Key[];
const english = (key: Key) => createTranslator("en-GB", {}, allMessageBundles)(key, { count: 1 });

describe("the Spanish pack (@movekit/core/locales/es)", () => {
  it("is opt-in: without it a Spanish page reads every string in en-GB, never a raw key", () => {
    const t = createTranslator("es", {}, allMessageBundles);
    for (const bundle of allMessageBundles)
      for (const key of keysOf(bundle)) {
        const text = t(key, { count: 1 });
        expect(text, key).not.toBe(key);
        expect(text, key).toBe(english(key));
      }
  });

  it("gives Spanish for every key it carries when the locale resolves to es (es-MX too)", () => {
    const t = createTranslator("es-MX", es, allMessageBundles);
    const keys = Object.keys(spanish) as Key[];
    expect(keys.length).toBeGreaterThan(400);
    for (const key of keys) {
      const message = spanish[key];
      const want = typeof message === "string" ? message : message?.one;
      expect(t(key, { count: 1 }).startsWith(want?.split("{")[0] ?? "?"), key).toBe(true);
    }
  });

  it("never turns another locale's wording Spanish", () => {
    for (const locale of ["en-GB", "en-US"]) {
      const t = createTranslator(locale, es, allMessageBundles);
      const plain = createTranslator(locale, {}, allMessageBundles);
      for (const bundle of allMessageBundles)
        for (const key of keysOf(bundle)) expect(t(key, { count: 2 }), key).toBe(plain(key, { count: 2 }));
    }
  });

  it("carries every safety string: warning-sign tiers, cautions, contraindications and the pain check", () => {
    for (const bundle of [safetyMessages, exerciseSafetyMessages, contraindicationsMessages, painCheckMessages])
      for (const key of keysOf(bundle)) expect(spanish[key], key).toBeDefined();
  });

  it("has only keys that exist in en-GB", () => {
    const known = new Set(allMessageBundles.flatMap(keysOf));
    expect(Object.keys(spanish).filter((key) => !known.has(key as Key))).toEqual([]);
  });

  it("survives merging with a host's wording, which wins in every locale", () => {
    const merged = mergeMessages(es, { "safety.callNumber": "Marca el {number}" });
    const t = createTranslator("es", merged, [safetyMessages]);
    expect(t("safety.callNumber", { number: "112" })).toBe("Marca el 112");
    expect(t("safety.tier.urgent")).toBe("Urgente");
    const both = mergeMessages(es, { locales: { es: { "safety.tier.urgent": "Urgencia" } } });
    const u = createTranslator("es", both, [safetyMessages]);
    expect(u("safety.tier.urgent")).toBe("Urgencia");
    expect(u("safety.tier.emergency")).toBe("Emergencia");
  });
});
