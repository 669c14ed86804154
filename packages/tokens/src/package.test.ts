import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { themeCatalog } from "./themes/catalog";

const root = path.resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

describe("@movekit/tokens package", () => {
  it("declares only its CSS as having side effects, so bundlers can drop unused JS", () => {
    expect(pkg.sideEffects).toEqual(["*.css"]);
  });

  it("exposes every theme file through its exports map", () => {
    for (const { file } of themeCatalog) {
      const subpath = file === "tokens.css" ? "./tokens.css" : `./${file}`;
      const target = file === "tokens.css" ? pkg.exports["./tokens.css"] : pkg.exports["./themes/*.css"];
      expect(target, subpath).toBeDefined();
      expect(existsSync(path.join(root, "css", file))).toBe(true);
    }
  });

  it("ships the movekit-theme CLI", () => {
    expect(pkg.bin).toEqual({ "movekit-theme": "./bin/movekit-theme.mjs" });
    expect(pkg.files).toContain("bin");
    expect(readFileSync(path.join(root, "bin/movekit-theme.mjs"), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});
