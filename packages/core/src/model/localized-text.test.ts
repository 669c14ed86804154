import { describe, expect, it } from "vitest";
import { localize, localizeList } from "./localized-text";

const text = { "en-GB": "Lie on your side", es: "Túmbate de lado" };

describe("localize", () => {
  it("returns the text in the wanted locale, not marked", () => {
    expect(localize(text, "es")).toEqual({ text: "Túmbate de lado", lang: "es", isFallback: false });
  });

  it("resolves regional tags such as es-MX", () => {
    expect(localize(text, "es-MX").lang).toBe("es");
  });

  it("falls back to en-GB and marks it when Spanish is missing", () => {
    expect(localize({ "en-GB": "Lie on your side" }, "es")).toEqual({
      text: "Lie on your side",
      lang: "en-GB",
      isFallback: true,
    });
  });

  it("gives en-US readers en-GB text without a language marker", () => {
    expect(localize(text, "en-US")).toEqual({ text: "Lie on your side", lang: "en-GB", isFallback: false });
  });

  it("uses en-US text when it exists", () => {
    expect(localize({ "en-GB": "Colour", "en-US": "Color" }, "en-US").text).toBe("Color");
  });

  it("falls back to any language present in unvalidated data", () => {
    expect(localize({ es: "Hola" } as never, "en-GB")).toEqual({ text: "Hola", lang: "es", isFallback: true });
  });
});

describe("localizeList", () => {
  it("returns the aliases for the locale, else the en-GB ones", () => {
    const aliases = { "en-GB": ["hip lift"], es: ["elevación de cadera"] };
    expect(localizeList(aliases, "es")).toEqual(["elevación de cadera"]);
    expect(localizeList({ "en-GB": ["hip lift"] }, "es")).toEqual(["hip lift"]);
  });
});
