// Severity is clinical, not brand: in real Chromium, every theme (clinic presets included) paints each care-card
// tier in the kit's fixed tier colours, never the accent; each tier has its own icon; and under print emulation
// every card and the call action are black on white with the tier word showing.
import "@movekit/tokens/themes/dark.css";
import "@movekit/tokens/themes/high-contrast.css";
import "@movekit/tokens/themes/auto.css";
import "@movekit/tokens/themes/coastal.css";
import "@movekit/tokens/themes/heritage.css";
import "@movekit/tokens/themes/midnight.css";
import {
  clinicPresets,
  colorDifference,
  createTheme,
  darkTiers,
  highContrastTiers,
  lightTiers,
  type SafetyTier,
  safetyTiers,
  type ThemeName,
  themeCatalog,
  tierTokens,
} from "@movekit/tokens";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { SafetyNotice } from "./safety-notice";

const tiersFor: Record<ThemeName, typeof lightTiers> = {
  default: lightTiers,
  auto: lightTiers, // Chromium here reports prefers-color-scheme: light
  coastal: lightTiers,
  heritage: lightTiers,
  dark: darkTiers,
  midnight: darkTiers,
  "high-contrast": highContrastTiers,
};

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

function parts(notice: Element) {
  const get = (slot: string) => notice.querySelector(`[data-slot='${slot}']`) as HTMLElement;
  return {
    header: getComputedStyle(get("safety-notice-header")),
    body: getComputedStyle(get("safety-notice-body")),
    tier: get("safety-notice-tier"),
    root: getComputedStyle(notice),
  };
}

function AllTiers({ theme }: { theme?: string }) {
  return (
    <div data-mk-theme={theme}>
      {safetyTiers.map((tier) => (
        <SafetyNotice key={tier} severity={tier} items={["A sign."]} showCallLink />
      ))}
    </div>
  );
}

describe.each(themeCatalog)("care-card tiers in the $name theme", ({ name }) => {
  it("paints every tier in the kit's fixed colours, apart from each other, alarm tiers apart from the accent", () => {
    const { container } = render(<AllTiers theme={name} />);
    const tiers = tiersFor[name];
    const scope = getComputedStyle(container.firstElementChild as Element);
    const accent = scope.getPropertyValue("--mk-color-accent").trim();
    const bands: string[] = [];
    for (const notice of container.querySelectorAll("[data-slot='safety-notice']")) {
      const tier = notice.getAttribute("data-severity") as SafetyTier;
      const t = tierTokens(tier);
      const { header, body, root } = parts(notice);
      expect(header.backgroundColor, `${tier} band`).toBe(rgb(tiers[t.band]));
      expect(header.color, `${tier} band text`).toBe(rgb(tiers[t.onBand]));
      expect(body.backgroundColor, `${tier} body`).toBe(rgb(tiers[t.surface]));
      expect(body.color, `${tier} body text`).toBe(rgb(tiers[t.onSurface]));
      expect(root.borderTopColor, `${tier} edge`).toBe(rgb(tiers[t.band]));
      // Alarm tiers never share the accent; Non-urgent may be blue like a blue brand, but never follows it.
      if (tier !== "non-urgent") expect(header.backgroundColor, `${tier} band is not the accent`).not.toBe(rgb(accent));
      bands.push(tiers[t.band]);
    }
    expect(new Set(bands).size).toBe(4);
    for (const band of bands.slice(0, 3)) expect(colorDifference(band, accent)).toBeGreaterThanOrEqual(0.1);
  });
});

describe("care-card tiers and the brand", () => {
  it("keeps Non-urgent blue, not the clinic's orange, in Midnight", () => {
    const { container } = render(<AllTiers theme="midnight" />);
    const nonUrgent = container.querySelector("[data-severity='non-urgent'] [data-slot='safety-notice-header']");
    const midnightAccent = createTheme(clinicPresets.midnight).tokens.dark.accent;
    expect(getComputedStyle(nonUrgent as Element).backgroundColor).toBe(rgb(darkTiers["tier-non-urgent"]));
    expect(getComputedStyle(nonUrgent as Element).backgroundColor).not.toBe(rgb(midnightAccent));
  });

  it("gives each tier its own icon shape", () => {
    const { container } = render(<AllTiers />);
    const icons = [...container.querySelectorAll("[data-slot='safety-notice-tier'] svg")];
    expect(icons.map((icon) => icon.getAttribute("data-tier-icon"))).toEqual([...safetyTiers]);
    expect(new Set(icons.map((icon) => icon.innerHTML)).size).toBe(4);
  });
});

describe("care cards in print (Chromium print media emulation)", () => {
  afterEach(async () => {
    await cdp().send("Emulation.setEmulatedMedia", { media: "" });
  });

  const printBorders: Record<SafetyTier, [string, number]> = {
    emergency: ["double", 5],
    urgent: ["solid", 4],
    "stop-exercising": ["dashed", 4],
    "non-urgent": ["solid", 2],
  };

  it.each(["default", "dark", "midnight"])(
    "prints every tier black on white with its tier word and a distinct edge (%s theme)",
    async (theme) => {
      const { container } = render(<AllTiers theme={theme} />);
      await cdp().send("Emulation.setEmulatedMedia", { media: "print" });
      expect(window.matchMedia("print").matches).toBe(true);
      for (const notice of container.querySelectorAll("[data-slot='safety-notice']")) {
        const tier = notice.getAttribute("data-severity") as SafetyTier;
        const { header, body, tier: word, root } = parts(notice);
        for (const part of [header, body]) {
          expect(part.backgroundColor, `${tier} background`).toBe("rgb(255, 255, 255)");
          expect(part.color, `${tier} text`).toBe("rgb(0, 0, 0)");
        }
        expect(root.borderTopColor).toBe("rgb(0, 0, 0)");
        const [style, minWidth] = printBorders[tier];
        expect(root.borderTopStyle, `${tier} edge`).toBe(style);
        expect(Number.parseFloat(root.borderTopWidth)).toBeGreaterThanOrEqual(minWidth);
        expect(word.getBoundingClientRect().height).toBeGreaterThan(0);
        expect(getComputedStyle(word).color).toBe("rgb(0, 0, 0)");
        expect(word.textContent).not.toBe("");
      }
    },
  );

  it("prints the emergency call action as a bordered box with black text, not a blank white box", async () => {
    const { container } = render(<AllTiers />);
    await cdp().send("Emulation.setEmulatedMedia", { media: "print" });
    const link = container.querySelector("[data-severity='emergency'] [data-slot='safety-notice-call']");
    const style = getComputedStyle(link as Element);
    expect(style.color).toBe("rgb(0, 0, 0)");
    expect(style.backgroundColor).toBe("rgb(255, 255, 255)");
    expect(style.borderTopStyle).toBe("solid");
    expect(style.borderTopColor).toBe("rgb(0, 0, 0)");
    expect(Number.parseFloat(style.borderTopWidth)).toBeGreaterThanOrEqual(2);
    expect(link).toHaveTextContent("Call 999");
  });

  it("is back to the tier colours on screen once print emulation ends", async () => {
    const { container } = render(<AllTiers />);
    await cdp().send("Emulation.setEmulatedMedia", { media: "print" });
    await cdp().send("Emulation.setEmulatedMedia", { media: "" });
    const { header } = parts(container.querySelector("[data-severity='emergency']") as Element);
    expect(header.backgroundColor).toBe(rgb(lightTiers["tier-emergency"]));
  });
});
