import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom has no ResizeObserver; Radix measures with it. Real browsers need no stub.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// A ceiling on findBy/waitFor, not a speed check: a lazy part's first import() in a fresh module graph took over a
// second in jsdom while the browser projects shared the machine's two cores.
configure({ asyncUtilTimeout: 5_000 });
afterEach(() => cleanup());
