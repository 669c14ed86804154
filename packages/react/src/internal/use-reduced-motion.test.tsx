import { act, render, screen } from "@testing-library/react";
import fc from "fast-check";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MovekitProvider, type ReducedMotionSetting } from "../movekit-provider";
import { useReducedMotion } from "./use-reduced-motion";

/** A controllable `prefers-reduced-motion` for jsdom, which has no matchMedia. */
function fakeDevice(initial: boolean) {
  const listeners = new Set<() => void>();
  const state = { matches: initial };
  const matchMedia = vi.fn((query: string) => ({
    media: query,
    get matches() {
      return query === "(prefers-reduced-motion: reduce)" && state.matches;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  vi.stubGlobal("matchMedia", matchMedia);
  return {
    matchMedia,
    listeners,
    set(reduce: boolean) {
      state.matches = reduce;
      for (const listener of listeners) listener();
    },
  };
}

function Probe({ override }: { override?: boolean }) {
  return <p data-testid="probe" data-reduced={String(useReducedMotion(override))} />;
}
const reduced = () => screen.getByTestId("probe").getAttribute("data-reduced");

beforeEach(() => fakeDevice(false));
afterEach(() => vi.unstubAllGlobals());

describe("useReducedMotion: one rule for every component", () => {
  // Every combination, written out: [provider setting, component override, device reduces?, reduced?]
  const table: Array<[ReducedMotionSetting, boolean | undefined, boolean, boolean]> = [
    ["user", undefined, true, true],
    ["user", undefined, false, false],
    ["always", undefined, false, true],
    ["always", undefined, true, true],
    ["never", undefined, true, false],
    ["never", undefined, false, false],
    ["user", true, false, true],
    ["user", false, true, false],
    ["always", false, true, false],
    ["always", true, false, true],
    ["never", true, false, true],
    ["never", false, true, false],
  ];
  it.each(table)("provider %s, prop %s, device reduces %s → reduced %s", (setting, override, device, expected) => {
    fakeDevice(device);
    render(
      <MovekitProvider reducedMotion={setting}>
        <Probe override={override} />
      </MovekitProvider>,
    );
    expect(reduced()).toBe(String(expected));
  });

  it("follows the device without a provider", () => {
    fakeDevice(true);
    render(<Probe />);
    expect(reduced()).toBe("true");
  });

  it("tracks the device setting live under 'user', and ignores it under 'always' and 'never'", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (changes) => {
        const device = fakeDevice(false);
        const { rerender, unmount } = render(
          <MovekitProvider reducedMotion="user">
            <Probe />
          </MovekitProvider>,
        );
        for (const reduce of changes) {
          act(() => device.set(reduce));
          expect(reduced()).toBe(String(reduce));
        }
        for (const setting of ["always", "never"] as const) {
          rerender(
            <MovekitProvider reducedMotion={setting}>
              <Probe />
            </MovekitProvider>,
          );
          act(() => device.set(setting === "never"));
          expect(reduced()).toBe(String(setting === "always"));
        }
        unmount();
        // Nothing keeps listening once the components are gone.
        expect(device.listeners.size).toBe(0);
      }),
      { numRuns: 30 },
    );
  });

  it("counts as reduced on the server, where the device setting is unknown", () => {
    fakeDevice(false);
    expect(renderToString(<Probe />)).toContain('data-reduced="true"');
  });

  it("reads nothing from the device at import time", async () => {
    const device = fakeDevice(true);
    vi.resetModules();
    await import("./use-reduced-motion");
    expect(device.matchMedia).not.toHaveBeenCalled();
  });
});
