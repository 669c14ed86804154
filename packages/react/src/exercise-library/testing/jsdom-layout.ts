// Test support: jsdom has no layout, so the results viewport and its rows get sizes here, enough for the
// virtualiser to render its first rows. Restored by `vi.restoreAllMocks()`.
import { vi } from "vitest";

export function fakeLibraryLayout(): void {
  const size = (slot: string, value: number) =>
    function (this: HTMLElement) {
      return this.dataset.slot === slot ? value : 0;
    };
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(size("exercise-library-viewport", 720));
  vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(size("exercise-library-viewport", 960));
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(size("exercise-library-row", 400));
}
