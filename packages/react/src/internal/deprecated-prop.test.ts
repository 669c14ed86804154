import { afterEach, describe, expect, it, vi } from "vitest";
import { renamedProp } from "./deprecated-prop";

afterEach(() => vi.restoreAllMocks());

describe("renamedProp", () => {
  it("takes the new name first and the old one when only it is given", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const names = { from: "oldA", to: "newA" };
    expect(renamedProp("Thing", names, 2, 1)).toBe(2);
    expect(renamedProp("Thing", names, undefined, 1)).toBe(1);
    expect(renamedProp("Thing", names, 3, undefined)).toBe(3);
  });

  it("warns once per component and prop, naming the replacement, and not at all for the new name", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    renamedProp("Widget", { from: "level", to: "headingLevel" }, undefined, undefined);
    renamedProp("Widget", { from: "level", to: "headingLevel" }, 2, undefined);
    expect(warn).not.toHaveBeenCalled();
    renamedProp("Widget", { from: "level", to: "headingLevel" }, undefined, 4);
    renamedProp("Widget", { from: "level", to: "headingLevel" }, undefined, 5);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/Widget: the `level` prop is deprecated; use `headingLevel`/);
    renamedProp("Other", { from: "level", to: "headingLevel" }, undefined, 4);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
