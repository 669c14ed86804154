import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";

// jsdom has no ResizeObserver; Radix measures with it. Real browsers need no stub.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
afterEach(() => cleanup());

// A component that forgot to name a message bundle shows the raw key, and core warns in development: that fails
// the test that rendered it, so no test passes over "safety.heading.emergency" printed instead of the wording.
const missingMessages: string[] = [];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].startsWith("[movekit] No message")) missingMessages.push(args[0]);
  warn(...args);
};
beforeEach(() => {
  missingMessages.length = 0;
});
afterEach(() => {
  if (missingMessages.length > 0)
    throw new Error(`A component showed a raw message key:\n${missingMessages.join("\n")}`);
});
