// Visual regression: every story, in the default, dark and high-contrast themes stacked in one picture, at 1280
// and 320 px, compared in real Chromium with committed baselines (stories/visual/baselines/). One screenshot per
// story per width keeps the suite within its time budget. Update with `pnpm test:visual:update`.
import { render } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { freezeMedia, settled, storyCases } from "./story-cases";
import { PANEL_MAX_HEIGHT, THEMES, VIEWPORT_HEIGHT, WIDTHS } from "./visual-layout";

/**
 * Stories left out of the comparison, each with the reason it cannot be made deterministic. A story can also opt
 * out with `parameters: { visual: { skip: "why" } }`; both show up as skipped tests, never silently.
 */
const SKIP: Record<string, string> = {};

const cases = storyCases().map((c) => {
  const own = (c.parameters.visual as { skip?: string } | undefined)?.skip;
  return { ...c, skip: own ?? SKIP[c.id] };
});

/** The three themes stacked, each labelled (so a diff image says which one changed) and cut at a fixed height. */
function Stacked({ story, width }: { story: (typeof cases)[number]; width: number }) {
  return (
    <div data-visual-frame="" style={{ width, background: "#fff" }}>
      {THEMES.map((theme) => (
        <section
          key={theme}
          data-visual-theme={theme}
          style={{ maxHeight: PANEL_MAX_HEIGHT[width], overflow: "hidden", position: "relative" }}
        >
          <p style={{ margin: 0, padding: "2px 8px", font: "12px/16px monospace", background: "#eee", color: "#000" }}>
            {theme} · {width} px
          </p>
          {story.render({ theme })}
        </section>
      ))}
    </div>
  );
}

/** Where each theme sits in the picture, for the failure message. */
function panelMap(frame: HTMLElement): string {
  return [...frame.querySelectorAll<HTMLElement>("[data-visual-theme]")]
    .map((p) => `${p.dataset.visualTheme} y=${p.offsetTop}–${p.offsetTop + p.offsetHeight}`)
    .join(", ");
}

beforeAll(() => {
  document.body.style.margin = "0";
});
afterEach(() => {
  document.body.style.minHeight = "";
});

it("finds the stories to compare", () => {
  expect(cases.length).toBeGreaterThan(20);
});

// Baselines of renamed or removed stories would otherwise linger unnoticed.
const baselineFiles = Object.keys(import.meta.glob("./baselines/**/*.png", { query: "?url" }));
it("has no baseline without a story (run pnpm test:visual:update)", () => {
  const expected = new Set(cases.flatMap((c) => WIDTHS.map((w) => `./baselines/${c.id}-${w}.png`)));
  expect(baselineFiles.filter((file) => !expected.has(file))).toEqual([]);
});

describe.each(WIDTHS)("stories at %i px", (width) => {
  beforeAll(async () => {
    await page.viewport(width, VIEWPORT_HEIGHT[width] as number);
  });

  it.for(cases)("$id", async (story, { skip }) => {
    if (story.skip) skip(story.skip);
    const { container, unmount } = render(<Stacked story={story} width={width} />);
    const frame = container.querySelector("[data-visual-frame]") as HTMLElement;
    await settled(frame);
    await freezeMedia(frame);
    try {
      await expect.element(frame).toMatchScreenshot(`${story.id}-${width}`);
    } catch (error) {
      (error as Error).message += `\n${story.id} at ${width} px differs; themes in the picture: ${panelMap(frame)}`;
      throw error;
    } finally {
      unmount();
    }
  });
});
