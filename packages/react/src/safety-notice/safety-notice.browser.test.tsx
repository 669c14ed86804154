import { emergencyRedFlag, gluteBridge, longText } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { atViewportWidth, axeViolations, horizontalOverflow, isVisibleWithinWidth } from "../internal/testing/browser";
import { RedFlagNotices } from "../red-flag-notices/red-flag-notices";
import { SafetyNotice } from "./safety-notice";

const urgentRedFlag = { ...emergencyRedFlag, id: "calf-swelling", urgency: "urgent" as const };
const allTiers = [...gluteBridge.redFlags, urgentRedFlag];

afterEach(() => atViewportWidth(1024, 768));

describe("SafetyNotice in Chromium", () => {
  it.each([
    ["emergency", "Emergency"],
    ["urgent", "Urgent"],
    ["stop-exercising", "Stop exercising"],
    ["non-urgent", "Non-urgent"],
  ] as const)("names the %s block with its tier in words", async (severity, tier) => {
    render(<SafetyNotice severity={severity} items={["A sign."]} />);
    const block = page.getByRole("region", { name: new RegExp(`^${tier}: `) });
    await expect.element(block).toBeVisible();
    await expect.element(block).toHaveAttribute("data-severity", severity);
    // The tier is also visible as text, so it is never carried by colour alone.
    await expect.element(page.getByText(tier, { exact: true })).toBeVisible();
  });

  it("keeps every tier's text visible at 320 px with nothing overflowing sideways", async () => {
    await atViewportWidth(320);
    const { container } = render(<RedFlagNotices redFlags={[...longText.redFlags, urgentRedFlag]} />);
    const notices = container.querySelectorAll("[data-slot='safety-notice']");
    expect(notices).toHaveLength(4);
    for (const notice of notices) {
      expect(isVisibleWithinWidth(notice)).toBe(true);
      for (const part of notice.querySelectorAll("h3, li, [data-slot='safety-notice-tier']")) {
        expect(isVisibleWithinWidth(part)).toBe(true);
      }
    }
    expect(horizontalOverflow(container)).toEqual([]);
  });

  it("passes axe (contrast included) for every tier", async () => {
    const { container } = render(
      <main>
        <RedFlagNotices redFlags={allTiers} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it("reaches the call link by keyboard, with a visible focus ring and a large target", async () => {
    render(<SafetyNotice severity="emergency" />);
    await userEvent.tab();
    const link = document.activeElement as HTMLElement;
    expect(link).toHaveAccessibleName("Call 999");
    expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });
});
