import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { es } from "../locales/es";
import { defineMessages } from "./define-messages";
import { safetyMessages } from "./messages/index";
import { sessionMessages } from "./messages/session";
import { createTranslator, extendTranslator, mergeMessages, translatorsFor } from "./translate";

const testMessages = defineMessages({
  "en-GB": { "test.onlyEnglish": "Only in English", "test.both": "In English" },
  es: { "test.both": "En español" },
});
type Key = Parameters<ReturnType<typeof createTranslator>>[0];
const key = (k: string) => k as Key;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createTranslator", () => {
  it("looks keys up only in the bundles it is given", () => {
    expect(createTranslator("en-GB", {}, [safetyMessages])("safety.callNumber", { number: "999" })).toBe("Call 999");
    expect(createTranslator("es", es, [safetyMessages])("safety.callNumber", { number: "112" })).toBe("Llama al 112");
    expect(createTranslator("en-US", {}, [safetyMessages])("safety.heading.emergency", { number: "911" })).toBe(
      "Call 911 or go to the emergency room now if:",
    );
  });

  it("falls back to en-GB for a key the locale lacks, and never to another namespace's wording", () => {
    const t = createTranslator("es", {}, [testMessages]);
    expect(t(key("test.both"))).toBe("En español");
    expect(t(key("test.onlyEnglish"))).toBe("Only in English");
  });

  it("shows the key itself, and warns in development, when no bundle has it", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = createTranslator("en-GB", {}, [sessionMessages]);
    expect(t("safety.prefix", { tier: "Emergency" })).toBe("safety.prefix");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"safety.prefix"'));
  });

  it("lets a host override win, and ignores an override that is not a message", () => {
    const t = createTranslator("en-GB", { "safety.callNumber": "Ring {number}" }, [safetyMessages]);
    expect(t("safety.callNumber", { number: "999" })).toBe("Ring 999");
    const broken = createTranslator("en-GB", { "safety.callNumber": 42 as never, "safety.prefix": {} as never }, [
      safetyMessages,
    ]);
    expect(broken("safety.callNumber", { number: "999" })).toBe("Call 999");
    expect(broken("safety.prefix", { tier: "Urgent" })).toBe("Urgent:");
  });

  it("says which locale, overrides and bundles it holds, and extends without losing them", () => {
    const t = createTranslator("es-MX", { "safety.callNumber": "Marca {number}" }, [safetyMessages]);
    expect(t.locale).toBe("es");
    const more = extendTranslator(t, [testMessages]);
    expect(more("safety.callNumber", { number: "112" })).toBe("Marca 112");
    expect(more(key("test.both"))).toBe("En español");
    expect(extendTranslator(more, [safetyMessages])).toBe(more);
  });

  it("hands out one translator per locale for core's own wording", () => {
    const forLocale = translatorsFor([safetyMessages]);
    expect(forLocale("es", es)).toBe(forLocale("es", es));
    expect(forLocale("es", es)("safety.tier.urgent")).toBe("Urgente");
    expect(forLocale("es")("safety.tier.urgent")).toBe("Urgent");
  });
});

describe("mergeMessages", () => {
  const messages = fc.dictionary(fc.constantFrom("a", "b", "c", "d"), fc.string(), { maxKeys: 4 });
  it("keeps every provider key and lets the prop win, for any two sets of messages", () => {
    fc.assert(
      fc.property(fc.option(messages, { nil: undefined }), fc.option(messages, { nil: undefined }), (outer, inner) => {
        const merged = (mergeMessages(outer as never, inner as never) ?? {}) as Record<string, string>;
        for (const [k, value] of Object.entries(outer ?? {})) if (!(k in (inner ?? {}))) expect(merged[k]).toBe(value);
        for (const [k, value] of Object.entries(inner ?? {})) expect(merged[k]).toBe(value);
        expect(Object.keys(merged).sort()).toEqual(
          [...new Set([...Object.keys(outer ?? {}), ...Object.keys(inner ?? {})])].sort(),
        );
      }),
    );
  });
});
