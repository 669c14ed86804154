import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { renderFixtureProgramme } from "./testing/render-fixture-programme";

afterEach(async () => {
  await page.viewport(1280, 800);
});

/** Each word of the element's text, with the number of line boxes it is laid out on. */
function wordLines(root: Element): { word: string; lines: number }[] {
  const out: { word: string; lines: number }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      // One rect per line box the word touches: more than one means it was broken mid-word.
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      out.push({ word: match[0], lines: lines.size });
    }
  }
  return out;
}

describe("ProgrammeView at 320 px", () => {
  it("stacks each table row into labelled lines, keeps days and times whole and breaks no word", async () => {
    await page.viewport(320, 800);
    const { container } = renderFixtureProgramme();
    await expect.poll(() => container.querySelector("[data-slot='exercise-row']")).not.toBeNull();
    const row = container.querySelector("[data-slot='exercise-row']") as HTMLElement;
    const [name, dose, time] = [...row.children] as HTMLElement[];
    // Stacked: each cell starts below the one before, at the row's left edge, and says what it is.
    const box = (el: HTMLElement) => el.getBoundingClientRect();
    expect(box(dose as HTMLElement).top).toBeGreaterThanOrEqual(box(name as HTMLElement).bottom - 1);
    expect(box(time as HTMLElement).top).toBeGreaterThanOrEqual(box(dose as HTMLElement).bottom - 1);
    expect(Math.abs(box(dose as HTMLElement).left - box(row).left)).toBeLessThan(2);
    expect(getComputedStyle(dose as HTMLElement, "::before").content).toBe('"How much: "');
    expect(getComputedStyle(time as HTMLElement, "::before").content).toBe('"Time: "');
    // Times never wrap.
    expect(getComputedStyle(time as HTMLElement).whiteSpace).toBe("nowrap");
    expect(wordLines(time as HTMLElement).every((w) => w.lines === 1)).toBe(true);

    // A session's day and date sit on one line.
    const day = container.querySelector("[data-slot='week-session'] time") as HTMLElement;
    expect(day).toHaveTextContent("Mon 3 Feb");
    expect(new Set([...day.getClientRects()].map((r) => Math.round(r.top))).size).toBe(1);

    // No word anywhere in the tables, the weeks or the phase headings is split across lines.
    const parts = container.querySelectorAll(
      "[data-slot='phase-exercises'], [data-slot='week'], [data-slot='disclosure-trigger']",
    );
    expect(parts.length).toBeGreaterThan(3);
    const broken = [...parts].flatMap((part) => wordLines(part).filter((w) => w.lines > 1));
    expect(broken).toEqual([]);
    // Nothing sticks out sideways.
    const view = container.querySelector("[data-slot='programme-view']") as HTMLElement;
    expect(view.scrollWidth).toBeLessThanOrEqual(view.clientWidth);
  });
});
