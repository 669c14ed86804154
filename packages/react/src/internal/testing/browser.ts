// Helpers for *.browser.test.tsx files (real Chromium only).
import axe from "axe-core";
import { cdp, page } from "vitest/browser";

/** axe with the WCAG 2.2 AA tag set the stories use, target-size included; returns rule ids that failed. */
export async function axeViolations(context: Element): Promise<string[]> {
  const result = await axe.run(context, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    rules: { "target-size": { enabled: true } },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`);
}

/** Narrows the test page to a phone-sized viewport (WCAG 1.4.10 reflow is measured at 320 CSS px). */
export async function atViewportWidth(width: number, height = 640): Promise<void> {
  await page.viewport(width, height);
  if (document.documentElement.clientWidth > width) {
    throw new Error(`The viewport is ${document.documentElement.clientWidth} px wide, not ${width} px`);
  }
}

/**
 * What sticks out sideways: descendants whose box extends past `root`'s left or right edge, `root` itself when
 * its content is wider than its box, and the document when the page scrolls sideways. Empty means it reflows.
 */
export function horizontalOverflow(root: Element): string[] {
  const bounds = root.getBoundingClientRect();
  const offenders: string[] = [];
  for (const element of root.querySelectorAll("*")) {
    if (element.closest(".mk-visually-hidden")) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > bounds.right + 1 || box.left < bounds.left - 1) {
      offenders.push(`${element.tagName.toLowerCase()}.${element.getAttribute("class") ?? ""}`);
    }
  }
  if (root.scrollWidth > root.clientWidth + 1) offenders.push(`root (${root.scrollWidth} > ${root.clientWidth})`);
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) offenders.push(`document (${doc.scrollWidth} > ${doc.clientWidth})`);
  return offenders;
}

/** True when the element has a box inside the viewport's width and is not hidden. */
export function isVisibleWithinWidth(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return (
    box.width > 0 &&
    box.height > 0 &&
    style.visibility !== "hidden" &&
    style.display !== "none" &&
    box.left >= 0 &&
    box.right <= document.documentElement.clientWidth + 0.5
  );
}

/** Makes the device ask for reduced motion (`prefers-reduced-motion: reduce`), or stop asking. */
export function deviceReducesMotion(reduce: boolean): Promise<unknown> {
  return cdp().send("Emulation.setEmulatedMedia", {
    features: reduce ? [{ name: "prefers-reduced-motion", value: "reduce" }] : [],
  });
}
