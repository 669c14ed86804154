import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAnnouncement } from "./use-announcement";

describe("useAnnouncement", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("announces the first text at once", () => {
    const { result } = renderHook(({ text }) => useAnnouncement(text, 600), {
      initialProps: { text: "300 exercises" },
    });
    expect(result.current).toBe("300 exercises");
  });

  it("waits for the text to stop changing, then announces only the last value", () => {
    const { result, rerender } = renderHook(({ text }) => useAnnouncement(text, 600), {
      initialProps: { text: "300 exercises" },
    });
    const heard: string[] = [];
    for (const text of ["40 exercises", "12 exercises", "3 exercises"]) {
      rerender({ text });
      act(() => vi.advanceTimersByTime(599));
      heard.push(result.current);
    }
    // Each keystroke came inside the pause, so nothing new was announced.
    expect(heard).toEqual(["300 exercises", "300 exercises", "300 exercises"]);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe("3 exercises");
  });
});
