// The README's before/after pictures: five stories at 1280 and 320 px, written as PNG files under docs/images/.
// Run on demand with `node scripts/docs-screenshots.mjs <before|after>`; not part of `pnpm test`.
import { render } from "@testing-library/react";
import { inject, it } from "vitest";
import { page } from "vitest/browser";
import { settled, storyCases } from "./story-cases";

declare module "vitest" {
  export interface ProvidedContext {
    docsScreenshotDir: string;
  }
}

/** stories file → the story shown (its first export when that name is gone, so renames do not break the run). */
const SHOWN: Record<string, string> = {
  "exercise-detail": "Default",
  "programme-view": "ShippedProgramme",
  "session-player": "Ready",
  "exercise-video": "Clamshell",
  "pain-check": "Continue",
};
const WIDTHS = [1280, 320];
/** Long pages are cut here to keep the files small; the cut is marked by the picture's edge. */
const MAX_HEIGHT = 2000;

const cases = storyCases();

for (const [file, preferred] of Object.entries(SHOWN)) {
  const ofFile = cases.filter((c) => c.file === file);
  const shown = ofFile.find((c) => c.name === preferred) ?? ofFile[0];
  for (const width of WIDTHS) {
    it(`${file} at ${width} px`, async ({ expect }) => {
      expect(shown, `no stories in stories/${file}.stories.tsx`).toBeDefined();
      if (!shown) return;
      // As tall as the longest picture: content below the test frame's viewport would not be painted.
      await page.viewport(width, MAX_HEIGHT);
      document.body.style.margin = "0";
      const { container, unmount } = render(
        <div data-shot="" style={{ maxHeight: MAX_HEIGHT, overflow: "hidden" }}>
          {shown.render()}
        </div>,
      );
      const frame = container.firstElementChild as HTMLElement;
      await settled(frame);
      const dir = inject("docsScreenshotDir");
      await page.elementLocator(frame).screenshot({ path: `../../${dir}/${file}-${width}.png` });
      unmount();
    });
  }
}
