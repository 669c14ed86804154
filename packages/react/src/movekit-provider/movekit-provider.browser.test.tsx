import { render, screen } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

import { deviceReducesMotion } from "../internal/testing/browser";
import { useReducedMotion } from "../internal/use-reduced-motion";
import { MovekitProvider, type ReducedMotionSetting } from ".";

function Probe() {
  return <p data-testid="probe" data-reduced={String(useReducedMotion())} />;
}
const reduced = () => screen.getByTestId("probe").getAttribute("data-reduced");

beforeAll(() => {
  performance.setResourceTimingBufferSize(100_000);
});
afterEach(() => deviceReducesMotion(false));

describe("MovekitProvider in Chromium", () => {
  it("renders without fetching any animation code", async () => {
    performance.clearResourceTimings();
    render(
      <MovekitProvider>
        <Probe />
      </MovekitProvider>,
    );
    expect(screen.getByTestId("probe")).toBeVisible();
    const fetched = performance.getEntriesByType("resource").map((entry) => entry.name);
    expect(fetched.filter((name) => /motion|animated-figure/i.test(name))).toEqual([]);
  });

  it("follows the device's prefers-reduced-motion live under reducedMotion='user'", async () => {
    render(
      <MovekitProvider>
        <Probe />
      </MovekitProvider>,
    );
    expect(reduced()).toBe("false");
    await deviceReducesMotion(true);
    await expect.poll(reduced).toBe("true");
    await deviceReducesMotion(false);
    await expect.poll(reduced).toBe("false");
  });

  it.each<[ReducedMotionSetting, boolean, string]>([
    ["always", false, "true"],
    ["never", true, "false"],
  ])("reducedMotion='%s' wins over the device (device reduces: %s)", async (setting, device, expected) => {
    await deviceReducesMotion(device);
    render(
      <MovekitProvider reducedMotion={setting}>
        <Probe />
      </MovekitProvider>,
    );
    expect(screen.getByTestId("probe").parentElement).toHaveAttribute("data-reduced-motion", setting);
    expect(reduced()).toBe(expected);
  });
});
