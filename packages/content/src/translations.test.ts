import type { LocalizedText } from "@movekit/core";
import { describe, expect, it } from "vitest";
import { exercises, programmes } from "./library";

/** Every LocalizedText in a value, with its JSON path. */
function localizedTexts(value: unknown, path = "$"): Array<{ path: string; text: Partial<LocalizedText> }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (!value || typeof value !== "object") return [];
  if ("en-GB" in value && typeof (value as Record<string, unknown>)["en-GB"] === "string") {
    return [{ path, text: value as Partial<LocalizedText> }];
  }
  return Object.entries(value).flatMap(([key, child]) => localizedTexts(child, `${path}.${key}`));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe.each([...exercises, ...programmes].map((item) => [item.id, item] as const))("%s", (_id, item) => {
  const texts = localizedTexts(item);

  it("has Spanish text for every LocalizedText", () => {
    expect(texts.length).toBeGreaterThan(20);
    const missing = texts.filter(({ text }) => !text.es?.trim()).map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it("has Spanish that is translated, not copied from the English", () => {
    const copied = texts
      .filter(({ text }) => words(text["en-GB"] ?? "") >= 4 && text.es === text["en-GB"])
      .map(({ path }) => path);
    expect(copied).toEqual([]);
  });

  it("writes every aliases list in both languages", () => {
    if (!("aliases" in item)) return;
    expect(item.aliases["en-GB"]?.length).toBeGreaterThan(0);
    expect(item.aliases.es?.length).toBeGreaterThan(0);
  });
});
