import { render } from "@testing-library/react";
import { MotionGlobalConfig, m } from "framer-motion";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MovekitProvider } from ".";

// The browser setup skips animations for axe's sake; these tests need them running.
beforeEach(() => {
  MotionGlobalConfig.skipAnimations = false;
});
afterEach(() => {
  MotionGlobalConfig.skipAnimations = true;
});

function Slider() {
  // Five seconds: long enough that only a skipped animation can reach the end within the poll below.
  return (
    <m.div data-testid="box" initial={{ x: 0 }} animate={{ x: 100 }} transition={{ duration: 5, ease: "linear" }}>
      Box
    </m.div>
  );
}

const translateX = (element: HTMLElement) => new DOMMatrix(getComputedStyle(element).transform).m41;

describe("MovekitProvider in Chromium", () => {
  it("loads the animation features lazily and animates when motion is allowed", async () => {
    const { getByTestId } = render(
      <MovekitProvider>
        <Slider />
      </MovekitProvider>,
    );
    const box = getByTestId("box");
    await expect.poll(() => translateX(box), { timeout: 3000 }).toBeGreaterThan(0);
    expect(translateX(box)).toBeLessThan(100);
  });

  it("jumps straight to the end state when reduced motion is forced", async () => {
    const { getByTestId } = render(
      <MovekitProvider reducedMotion="always">
        <Slider />
      </MovekitProvider>,
    );
    const box = getByTestId("box");
    await expect.poll(() => translateX(box), { timeout: 1500 }).toBe(100);
  });
});
