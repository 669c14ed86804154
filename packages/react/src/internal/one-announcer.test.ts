// @vitest-environment node
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Only the Announcer owns a live region; safety alerts (role="alert") are content and stay where they are shown.
describe("one live-region announcer", () => {
  const srcDir = fileURLToPath(new URL("..", import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === "testing" ? [] : sources(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });

  it("no component hand-rolls a polite live region", () => {
    const handRolled = sources(srcDir)
      .filter((file) => !file.endsWith(join("internal", "announcer.tsx")))
      .filter((file) => /aria-live|role="(status|log)"|role: "(status|log)"/.test(readFileSync(file, "utf8")))
      .map((file) => relative(srcDir, file));
    expect(handRolled).toEqual([]);
  });
});
