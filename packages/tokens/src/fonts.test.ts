// The opt-in web font: what @movekit/tokens/fonts.css ships, that it matches the Fontsource package it is copied
// from, and that the default font stack names it first with the system fonts after it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCssFiles } from "./css-files";
import { fontStacks } from "./primitives";

const root = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const fontsCss = readFileSync(path.join(root, "css/fonts.css"), "utf8");
const faces = [...fontsCss.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1] as string);

/** The code-point ranges of every upright face, from their `unicode-range` descriptors. */
const uprightRanges = faces
  .filter((face) => face.includes("font-style: normal"))
  .flatMap((face) => (face.match(/unicode-range: ([^;]+);/)?.[1] ?? "").split(","))
  .map((range) => {
    const [from, to = from] = range.replace("U+", "").split("-");
    return [Number.parseInt(from as string, 16), Number.parseInt(to as string, 16)] as const;
  });
const covered = (codePoint: number) => uprightRanges.some(([from, to]) => codePoint >= from && codePoint <= to);

describe("@movekit/tokens/fonts.css", () => {
  it("is exported and listed as a side effect, and ships the files it points at with the OFL licence", () => {
    expect(pkg.exports["./fonts.css"]).toBe("./css/fonts.css");
    expect(pkg.files).toContain("css");
    const urls = [...fontsCss.matchAll(/url\(\.\/(fonts\/[^)]+\.woff2)\)/g)].map((m) => m[1] as string);
    expect(urls).toHaveLength(4);
    for (const url of urls) expect(existsSync(path.join(root, "css", url)), url).toBe(true);
    expect(readFileSync(path.join(root, "css/fonts/OFL.txt"), "utf8")).toContain("SIL Open Font License, Version 1.1");
  });

  it("declares upright and italic faces of one variable family that spans regular and bold", () => {
    expect(faces).toHaveLength(4);
    for (const face of faces) {
      expect(face).toContain('font-family: "Atkinson Hyperlegible Next";');
      expect(face).toContain("font-weight: 200 800;");
      // Text stays readable in a fallback font while the file loads.
      expect(face).toContain("font-display: swap;");
    }
    expect(faces.filter((f) => f.includes("font-style: italic"))).toHaveLength(2);
  });

  it("is a current copy of the Fontsource package (run packages/tokens/scripts/copy-fonts.mjs)", () => {
    const run = spawnSync(process.execPath, [path.join(root, "scripts/copy-fonts.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("covers every letter English and Spanish text uses, so no word falls back to another font mid-line", () => {
    // Every character checked (the whole alphabet, not a sample).
    const letters = "abcdefghijklmnopqrstuvwxyzáéíóúüñ";
    const alphabet = `${letters}${letters.toUpperCase()}0123456789¿¡?!.,;:'"‘’“”«»()–—-/%×· `;
    const missing = [...alphabet].filter((char) => !covered(char.codePointAt(0) as number));
    expect(missing).toEqual([]);
  });
});

describe("the default font stack", () => {
  it("names the web font first and falls back to system fonts, in the tokens and in tokens.css", () => {
    expect(fontStacks.sans).toMatch(/^"Atkinson Hyperlegible Next", system-ui, .*sans-serif$/);
    expect(generateCssFiles()["tokens.css"]).toContain(`--mk-font-family: ${fontStacks.sans};`);
  });
});
