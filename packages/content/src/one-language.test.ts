// @vitest-environment node
// (esbuild's API refuses jsdom's TextEncoder, so this file runs in plain Node.)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseLibrary } from "@movekit/core/validation";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { keepOneLanguage, oneLanguage } from "../scripts/one-language";
import * as content from "./index";

const LOCALES = ["en-GB", "en-US", "es"];
const isTranslatedText = (value: object) =>
  Object.keys(value).length > 0 && Object.keys(value).every((key) => LOCALES.includes(key));

/** The same cut made on values rather than source: every text in several languages keeps its en-GB entry only. */
function inEnglish(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inEnglish);
  if (!value || typeof value !== "object") return value;
  if (isTranslatedText(value)) return "en-GB" in value ? { "en-GB": (value as Record<string, unknown>)["en-GB"] } : {};
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, inEnglish(entry)]));
}

/** Every text the bilingual content holds in `locale`. */
function textsIn(locale: string, value: unknown, found = new Set<string>()): Set<string> {
  if (!value || typeof value !== "object") return found;
  for (const [key, entry] of Object.entries(value)) {
    if (key === locale && isTranslatedText(value)) for (const text of [entry].flat()) found.add(String(text));
    else textsIn(locale, entry, found);
  }
  return found;
}

const root = resolve(import.meta.dirname, "..");
const runDir = mkdtempSync(join(tmpdir(), "movekit-one-language-"));
afterAll(() => rmSync(runDir, { recursive: true, force: true }));

/** `@movekit/content/en-GB` as its build makes it: the sources bundled through the plugin, then imported once. */
let built: Promise<typeof content> | undefined;
const englishBuild = () => {
  built ??= buildEnglish();
  return built;
};
async function buildEnglish(): Promise<typeof content> {
  const out = await build({
    entryPoints: [resolve(root, "src/index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    external: ["@movekit/core"],
    plugins: [oneLanguage("en-GB", resolve(root, "src"))],
    logLevel: "silent",
  });
  const file = join(runDir, "en-GB.mjs");
  writeFileSync(file, out.outputFiles[0]?.text ?? "");
  return import(pathToFileURL(file).href);
}

/** One exercise as an app's bundler keeps it (minified, `sideEffects: false`), in both languages or English only. */
async function oneExercise(english: boolean): Promise<string> {
  const out = await build({
    stdin: { contents: 'export { clamshell } from "./src/index.ts";', resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: ["@movekit/core"],
    plugins: english ? [oneLanguage("en-GB", resolve(root, "src"))] : [],
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

describe("keepOneLanguage", () => {
  it("keeps one language of each text, list, template and catalogue, and nothing else changes", () => {
    const source = [
      "// A comment stays.",
      'export const name = { "en-GB": "Clamshell", es: "Almeja" };',
      'export const aliases = { "en-GB": ["Clams"], "en-US": ["Clams"], es: ["Concha"] };',
      'export const spanishOnly = { es: ["Almeja"] };',
      'export const cited = /* @__PURE__ */ cite({ "en-GB": "Rest.", es: "Descansa." }, source);',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal, as text
      'export const load = { "en-GB": `Load (${band["en-GB"]})`, es: `Carga (${band.es})` };',
      'export const catalogue = { "en-GB": { "a.b": "Hello" }, es: { "a.b": "Hola" } };',
      'export const notText = { id: "es", es: 1, sets: 3 };',
    ].join("\n");
    expect(keepOneLanguage(source, "sample.ts", "en-GB")).toBe(
      [
        "// A comment stays.",
        'export const name = { "en-GB": "Clamshell" };',
        'export const aliases = { "en-GB": ["Clams"] };',
        "export const spanishOnly = {};",
        'export const cited = /* @__PURE__ */ cite({ "en-GB": "Rest." }, source);',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal, as text
        'export const load = { "en-GB": `Load (${band["en-GB"]})` };',
        'export const catalogue = { "en-GB": { "a.b": "Hello" } };',
        'export const notText = { id: "es", es: 1, sets: 3 };',
      ].join("\n"),
    );
  });

  it("leaves a file without locale-keyed objects as it is", () => {
    const source = 'import { a } from "./a";\nexport const b = { ...a, c: [1, 2], d: { e: "es" } };\n';
    expect(keepOneLanguage(source, "plain.ts", "en-GB")).toBe(source);
  });
});

describe("@movekit/content/en-GB", () => {
  it("holds the same library, programme and safety with the English text only", async () => {
    const english = await englishBuild();
    // Deep equality against the bilingual values cut to English: every warning sign, action, contraindication
    // and citation is there, word for word, and nothing else differs.
    expect(english.library).toEqual(inEnglish(content.library));
    expect(english.clamshell).toEqual(inEnglish(content.clamshell));
    expect(english.redFlags).toEqual(inEnglish(content.redFlags));
    expect(english.hipFlexorRunningPlan).toEqual(inEnglish(content.hipFlexorRunningPlan));
    const result = parseLibrary(english.library, { requiredLocales: ["en-GB"] });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings.filter((w) => w.code !== "draft-content")).toEqual([]);
  });

  it("still bundles one exercise alone, at about two thirds of its bilingual size", async () => {
    const [bilingual, english] = await Promise.all([oneExercise(false), oneExercise(true)]);
    expect([...english.matchAll(/slug:"([a-z0-9-]+)"/g)].map((m) => m[1])).toEqual(["clamshell"]);
    expect(english.length / bilingual.length).toBeLessThan(0.7);
  });

  it("carries no Spanish text", async () => {
    const english = await englishBuild();
    // Names that Spanish keeps as they are ("Clamshell" among the aliases, "Adho mukha svanasana") are English too.
    const englishTexts = textsIn("en-GB", content.library);
    const spanish = [...textsIn("es", content.library)].filter((text) => !englishTexts.has(text));
    expect(spanish.length).toBeGreaterThan(500);
    const strings = JSON.stringify(english.library);
    expect(spanish.filter((text) => strings.includes(JSON.stringify(text)))).toEqual([]);
    expect(strings.match(/.{40}undefined.{40}/g) ?? []).toEqual([]);
  });
});
