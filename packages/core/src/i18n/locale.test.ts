// The one locale matcher: rules that must hold for every wanted tag and every list of offered tags.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestLocaleMatch, DEFAULT_LOCALE, LOCALES, resolveLocale } from "./locale";

const subtag = fc.constantFrom("en", "es", "fr", "pt", "GB", "gb", "US", "MX", "419", "ES", "Latn", "x", "br");
/** Tags drawn from a small alphabet so that matches (exact, by prefix, by language) are common. */
const tag = fc.array(subtag, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("-"));
const offeredArb = fc.uniqueArray(tag, { maxLength: 6, selector: (t) => t.toLowerCase() });
const languageOf = (t: string) => t.split("-")[0]?.toLowerCase();

describe("bestLocaleMatch", () => {
  it("always returns one of the offered tags, spelled as offered, or undefined", () => {
    fc.assert(
      fc.property(fc.option(tag, { nil: undefined }), offeredArb, (wanted, offered) => {
        const match = bestLocaleMatch(wanted, offered);
        if (match !== undefined) expect(offered).toContain(match);
      }),
    );
  });

  it("returns the exact tag whenever it is offered, whatever the case and order", () => {
    fc.assert(
      fc.property(tag, offeredArb, fc.nat(), fc.boolean(), (wanted, others, at, upper) => {
        const rest = others.filter((t) => t.toLowerCase() !== wanted.toLowerCase());
        const offered = [...rest.slice(0, at % (rest.length + 1)), wanted, ...rest.slice(at % (rest.length + 1))];
        const asked = upper ? wanted.toUpperCase() : wanted.toLowerCase();
        expect(bestLocaleMatch(asked, offered)).toBe(wanted);
      }),
    );
  });

  it("falls back to a tag of the same language, and to nothing when no language matches", () => {
    fc.assert(
      fc.property(tag, offeredArb, (wanted, offered) => {
        const match = bestLocaleMatch(wanted, offered);
        const sameLanguage = offered.some((t) => languageOf(t) === languageOf(wanted));
        if (sameLanguage) expect(languageOf(match ?? "")).toBe(languageOf(wanted));
        else expect(match).toBeUndefined();
      }),
    );
  });

  it("prefers the wanted tag without its last subtags over another region", () => {
    expect(bestLocaleMatch("es-MX", ["es-ES", "es"])).toBe("es");
    expect(bestLocaleMatch("es-419-x", ["es", "es-419"])).toBe("es-419");
    expect(bestLocaleMatch("es-MX", ["en-GB", "es-ES"])).toBe("es-ES");
    expect(bestLocaleMatch("en", ["es", "en-GB", "en-US"])).toBe("en-GB");
    expect(bestLocaleMatch("fr-FR", ["en-GB", "es"])).toBeUndefined();
    expect(bestLocaleMatch(undefined, ["en-GB"])).toBeUndefined();
  });
});

describe("resolveLocale", () => {
  it("is the best supported match, else the default, for every tag", () => {
    fc.assert(
      fc.property(fc.option(tag, { nil: undefined }), (wanted) => {
        const resolved = resolveLocale(wanted);
        expect(LOCALES).toContain(resolved);
        expect(resolved).toBe(bestLocaleMatch(wanted, LOCALES) ?? DEFAULT_LOCALE);
      }),
    );
    expect(resolveLocale("es-MX")).toBe("es");
    expect(resolveLocale("EN-us")).toBe("en-US");
    expect(resolveLocale("fr")).toBe("en-GB");
  });
});
