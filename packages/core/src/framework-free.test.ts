import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = path.dirname(fileURLToPath(import.meta.url));

function shippedSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return shippedSources(full);
    return /\.ts$/.test(name) && !/\.(test|fixture)\.ts$|test-fixtures\.ts$/.test(name) ? [full] : [];
  });
}

// @movekit/core runs anywhere: servers, workers, build scripts. It must not reach for React or a browser.
describe("@movekit/core is framework-free", () => {
  const files = shippedSources(src);

  it("has sources to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("imports only valibot and its own modules", () => {
    const outside = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)]
        .map((m) => m[1] ?? "")
        .filter((spec) => !spec.startsWith(".") && spec !== "valibot" && !spec.startsWith("@valibot/"))
        .map((spec) => `${path.relative(src, file)} → ${spec}`),
    );
    expect(outside).toEqual([]);
  });

  it("touches no DOM or browser globals", () => {
    const pattern = /\b(window|document|navigator|localStorage|HTMLElement)\s*[.[]/;
    const code = (file: string) => readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    const hits = files.filter((file) => pattern.test(code(file))).map((f) => path.relative(src, f));
    expect(hits).toEqual([]);
  });
});
