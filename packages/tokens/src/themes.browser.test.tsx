/// <reference types="vite/client" />
// Every shipped theme, in real Chromium: the CSS files carry the checked colours, every token pair and every
// story passes axe's colour-contrast rule in every theme, themes work from the stylesheet alone, and RTL mirrors.
import "./../css/themes/dark.css";
import "./../css/themes/high-contrast.css";
import "./../css/themes/auto.css";
import "./../css/themes/coastal.css";
import "./../css/themes/heritage.css";
import "./../css/themes/midnight.css";
import { DosageSummary } from "@movekit/react";
import { composeStories } from "@storybook/react-vite";
import { render, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import preview from "../../../.storybook/preview";
import { contrastRatio } from "./color";
import { contrastPairs } from "./contrast-pairs";
import { createTheme, type ThemeOptions } from "./create-theme";
import { darkColors, highContrastColors, highContrastMinimum, lightColors } from "./themes/builtin";
import { themeCatalog } from "./themes/catalog";
import { clinicPresets } from "./themes/presets";
import type { ThemeColors } from "./tokens";

const presetColors = (name: keyof typeof clinicPresets): ThemeColors => {
  const { tokens } = createTheme(clinicPresets[name]);
  const preset: ThemeOptions = clinicPresets[name];
  return preset.scheme === "dark" ? tokens.dark : tokens.light;
};

// What each theme should resolve to in Chromium (which reports prefers-color-scheme: light, so auto is light).
const expected: Record<string, { colors: ThemeColors; minimum: { text: number; nonText: number } }> = {
  default: { colors: lightColors, minimum: { text: 4.5, nonText: 3 } },
  dark: { colors: darkColors, minimum: { text: 4.5, nonText: 3 } },
  "high-contrast": { colors: highContrastColors, minimum: highContrastMinimum },
  auto: { colors: lightColors, minimum: { text: 4.5, nonText: 3 } },
  coastal: { colors: presetColors("coastal"), minimum: { text: 4.5, nonText: 3 } },
  heritage: { colors: presetColors("heritage"), minimum: { text: 4.5, nonText: 3 } },
  midnight: { colors: presetColors("midnight"), minimum: { text: 4.5, nonText: 3 } },
};

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

async function contrastViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, {
    runOnly: { type: "rule", values: ["color-contrast"] },
    resultTypes: ["violations"],
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${n.html}\n  ${n.failureSummary}`));
}

/** One line of text per text pair, and an empty bordered box per boundary pair, each in its theme colours. */
function TokenPairs() {
  return (
    <div style={{ display: "grid", gap: 4, padding: 8 }}>
      {contrastPairs.map((p) => {
        const key = `${p.foreground}/${p.background}/${p.state}`;
        const background = `var(--mk-color-${p.background})`;
        return p.kind === "text" ? (
          <p
            key={key}
            data-pair={key}
            data-kind="text"
            style={{ margin: 0, padding: 4, backgroundColor: background, color: `var(--mk-color-${p.foreground})` }}
          >
            {p.foreground} on {p.background} ({p.state})
          </p>
        ) : (
          <div
            key={key}
            data-pair={key}
            data-kind="non-text"
            style={{ height: 16, backgroundColor: background, border: `3px solid var(--mk-color-${p.foreground})` }}
          />
        );
      })}
    </div>
  );
}

afterEach(() => {
  document.body.querySelectorAll("[data-static-host]").forEach((el) => {
    el.remove();
  });
});

describe.each(themeCatalog)("theme $name in Chromium", ({ name }) => {
  const want = expected[name] as (typeof expected)[string];

  it("resolves every colour token to the value that was contrast-checked", () => {
    const { container } = render(<div data-mk-theme={name} />);
    const scope = getComputedStyle(container.firstElementChild as Element);
    for (const [token, value] of Object.entries(want.colors)) {
      expect(scope.getPropertyValue(`--mk-color-${token}`).trim(), token).toBe(value);
    }
    expect(scope.backgroundColor).toBe(rgb(want.colors.surface));
  });

  it("passes every pair as rendered, and axe finds no text below the minimum", async () => {
    const { container } = render(
      <div data-mk-theme={name}>
        <TokenPairs />
      </div>,
    );
    for (const el of container.querySelectorAll<HTMLElement>("[data-pair]")) {
      const style = getComputedStyle(el);
      const text = el.dataset.kind === "text";
      const ratio = contrastRatio(text ? style.color : style.borderTopColor, style.backgroundColor);
      expect(ratio, `${el.dataset.pair}`).toBeGreaterThanOrEqual(text ? want.minimum.text : want.minimum.nonText);
    }
    expect(await contrastViolations(container)).toEqual([]);
  });
});

// Every story of every component, under every theme, through the same decorator Storybook uses.
const storyFiles = import.meta.glob<Record<string, unknown>>("../../../stories/*.stories.tsx", { eager: true });

describe.each(themeCatalog)("stories in the $name theme", ({ name }) => {
  const annotations = { ...preview, initialGlobals: { ...preview.initialGlobals, theme: name } };
  const cases = Object.entries(storyFiles).flatMap(([file, mod]) =>
    Object.entries(composeStories(mod as never, annotations)).map(([story, Story]) => ({
      id: `${file.replace("../../../stories/", "")} › ${story}`,
      Story: Story as () => React.ReactNode,
    })),
  );

  it("has stories to check", () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  it.each(cases)("$id has no colour-contrast violations", async ({ Story }) => {
    const { container } = render(<Story />);
    expect(container.querySelector(`[data-mk-theme="${name}"]`)).not.toBeNull();
    // Parts that render after the first paint (ProgrammeView's phases and guide) mark the root meanwhile.
    await waitFor(() => expect(container.querySelector("[data-pending]")).toBeNull());
    expect(await contrastViolations(container)).toEqual([]);
  });
});

describe("theming without JavaScript", () => {
  it("styles server-rendered HTML from the theme stylesheet alone", () => {
    // Static markup: no React on the page and no theme code run, only the CSS files loaded above.
    const html = renderToStaticMarkup(<DosageSummary dosage={{ sets: 3, reps: 10 }} />);
    const host = document.createElement("div");
    host.dataset.staticHost = "";
    host.dataset.mkTheme = "heritage";
    host.innerHTML = html;
    document.body.append(host);
    const box = host.querySelector(".mk-dosage-summary") as HTMLElement;
    const style = getComputedStyle(box);
    const heritage = presetColors("heritage");
    expect(style.backgroundColor).toBe(rgb(heritage["surface-muted"]));
    expect(style.color).toBe(rgb(heritage["on-surface"]));
    expect(style.fontFamily).toMatch(/serif$/);
    expect(style.borderTopLeftRadius).toBe("4px");
  });

  it("lets two themes share a page, nested or side by side", () => {
    const { getByRole } = render(
      <div data-mk-theme="midnight">
        <DosageSummary aria-label="outer" dosage={{ sets: 2, reps: 8 }} />
        <div data-mk-theme="coastal">
          <DosageSummary aria-label="inner" dosage={{ sets: 2, reps: 8 }} />
        </div>
      </div>,
    );
    expect(getComputedStyle(getByRole("group", { name: "outer" })).backgroundColor).toBe(
      rgb(presetColors("midnight")["surface-muted"]),
    );
    expect(getComputedStyle(getByRole("group", { name: "inner" })).backgroundColor).toBe(
      rgb(presetColors("coastal")["surface-muted"]),
    );
  });

  it("drops motion durations to zero when the app asks for reduced motion", () => {
    const { container } = render(<div data-mk-theme="coastal" data-reduced-motion="always" />);
    const scope = getComputedStyle(container.firstElementChild as Element);
    expect(scope.getPropertyValue("--mk-motion-duration-normal").trim()).toBe("0ms");
  });
});

describe("right-to-left", () => {
  const textBox = (dir: "ltr" | "rtl") => {
    const { getByText, unmount } = render(
      <div dir={dir} data-mk-theme="coastal" style={{ width: 320 }}>
        <DosageSummary dosage={{ sets: 3, reps: 10 }} />
      </div>,
    );
    const text = getByText("3 sets of 10 repetitions");
    const range = document.createRange();
    range.selectNodeContents(text);
    const line = range.getBoundingClientRect();
    const box = text.getBoundingClientRect();
    unmount();
    return { startGap: line.left - box.left, endGap: box.right - line.right };
  };

  it("mirrors text to the right edge", () => {
    const ltr = textBox("ltr");
    const rtl = textBox("rtl");
    expect(ltr.startGap).toBeLessThan(1);
    expect(ltr.endGap).toBeGreaterThan(20);
    expect(rtl.endGap).toBeLessThan(1);
    expect(rtl.startGap).toBeGreaterThan(20);
  });

  const rtlAnnotations = { ...preview, initialGlobals: { ...preview.initialGlobals, dir: "rtl" } };
  const rtlCases = Object.entries(storyFiles).flatMap(([file, mod]) =>
    Object.entries(composeStories(mod as never, rtlAnnotations)).map(([story, Story]) => ({
      id: `${file.replace("../../../stories/", "")} › ${story}`,
      Story: Story as () => React.ReactNode,
    })),
  );

  it.each(rtlCases)("$id renders right-to-left at 320 px without horizontal overflow", ({ Story }) => {
    const { container } = render(
      <div style={{ width: 320 }}>
        <Story />
      </div>,
    );
    const frame = container.firstElementChild as HTMLElement;
    const scope = frame.querySelector<HTMLElement>('[dir="rtl"]');
    expect(scope).not.toBeNull();
    // Measured on the right-to-left scope: there, content spilling past the left edge counts as overflow.
    expect((scope as HTMLElement).scrollWidth).toBeLessThanOrEqual((scope as HTMLElement).clientWidth);
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
  });
});
