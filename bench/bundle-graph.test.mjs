import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entryChunk, splitChunks, total } from "./bundle-graph.mjs";

const stat = (path) => ({ path, kind: "import-statement" });
const dyn = (path) => ({ path, kind: "dynamic-import" });
// entry → a (static) → shared (static); entry ⇢ video (dynamic) → hls (static) → shared; react is external.
const outputs = {
  "out/entry.js": {
    entryPoint: "bench:entry.js",
    imports: [stat("out/a.js"), dyn("out/video.js"), { path: "react", kind: "import-statement", external: true }],
  },
  "out/a.js": { imports: [stat("out/shared.js")] },
  "out/shared.js": { imports: [] },
  "out/video.js": { entryPoint: "src/video.js", imports: [stat("out/hls.js"), stat("out/shared.js")] },
  "out/hls.js": { imports: [stat("out/shared.js")] },
  "out/unrelated.js": { imports: [] },
};

describe("up-front and lazy chunks", () => {
  it("counts the entry and its static imports up front, and what only import() reaches as lazy", () => {
    const { upFront, lazy } = splitChunks(outputs, "out/entry.js");
    expect(upFront.sort()).toEqual(["out/a.js", "out/entry.js", "out/shared.js"]);
    // A chunk already loaded up front is not counted again as lazy; a chunk nothing reaches is in neither.
    expect(lazy.sort()).toEqual(["out/hls.js", "out/video.js"]);
  });

  it("finds the entry chunk by its entry point, not the chunks import() made entries of", () => {
    expect(entryChunk(outputs, "bench:entry.js")).toBe("out/entry.js");
    expect(() => entryChunk(outputs, "bench:missing.js")).toThrow(/found 0/);
  });

  it("adds up per-chunk sizes and refuses a chunk it has no size for", () => {
    const sizes = new Map([
      ["a", { min: 10, gzip: 5, brotli: 4 }],
      ["b", { min: 20, gzip: 8, brotli: 7 }],
    ]);
    expect(total(sizes, ["a", "b"])).toEqual({ min: 30, gzip: 13, brotli: 11, chunks: 2 });
    expect(() => total(sizes, ["c"])).toThrow(/No size/);
  });

  it("for any import graph, up front and lazy are disjoint and up front is closed under static imports", () => {
    const graph = fc
      .array(fc.array(fc.record({ to: fc.nat(7), dynamic: fc.boolean() }), { maxLength: 4 }), {
        minLength: 1,
        maxLength: 8,
      })
      .map((lists) =>
        Object.fromEntries(
          lists.map((edges, i) => [
            `c${i}`,
            { imports: edges.filter((e) => e.to < lists.length).map((e) => (e.dynamic ? dyn : stat)(`c${e.to}`)) },
          ]),
        ),
      );
    fc.assert(
      fc.property(graph, (chunks) => {
        const { upFront, lazy } = splitChunks(chunks, "c0");
        expect(upFront).toContain("c0");
        expect(lazy.filter((key) => upFront.includes(key))).toEqual([]);
        for (const key of upFront) {
          for (const edge of chunks[key].imports) {
            if (edge.kind === "import-statement") expect(upFront).toContain(edge.path);
            else expect([...upFront, ...lazy]).toContain(edge.path);
          }
        }
      }),
    );
  });
});
