import { describe, expect, it } from "vitest";
import { keyShortcutsFor, videoShortcutFor } from "./shortcuts";

describe("videoShortcutFor", () => {
  it("maps the default keys, letters in either case", () => {
    expect(videoShortcutFor({ key: " " })).toEqual({ type: "toggle" });
    expect(videoShortcutFor({ key: "K" })).toEqual({ type: "toggle" });
    expect(videoShortcutFor({ key: "j" })).toEqual({ type: "seekBy", seconds: -5 });
    expect(videoShortcutFor({ key: "ArrowRight" })).toEqual({ type: "seekBy", seconds: 5 });
    expect(videoShortcutFor({ key: "f" })).toEqual({ type: "fullscreen" });
    expect(videoShortcutFor({ key: "c" })).toEqual({ type: "captions" });
  });
  it("leaves modified presses and unknown keys to the browser", () => {
    expect(videoShortcutFor({ key: "f", ctrlKey: true })).toBeUndefined();
    expect(videoShortcutFor({ key: "l", metaKey: true })).toBeUndefined();
    expect(videoShortcutFor({ key: "x" })).toBeUndefined();
    expect(videoShortcutFor({ key: "toString" })).toBeUndefined();
  });
  it("uses a remapped or empty map", () => {
    expect(videoShortcutFor({ key: "p" }, { p: { type: "toggle" } })).toEqual({ type: "toggle" });
    expect(videoShortcutFor({ key: " " }, {})).toBeUndefined();
  });
});

describe("keyShortcutsFor", () => {
  it("lists keys for aria-keyshortcuts, writing the space bar as Space", () => {
    expect(keyShortcutsFor((a) => a.type === "toggle")).toBe("Space k");
    expect(keyShortcutsFor((a) => a.type === "seekBy" && a.seconds > 0)).toBe("l ArrowRight");
    expect(keyShortcutsFor((a) => a.type === "mute", {})).toBeUndefined();
  });
});
