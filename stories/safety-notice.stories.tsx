import { es } from "@movekit/core/locales/es";
import { RedFlagNotices } from "@movekit/react/red-flag-notices";
import { SafetyNotice } from "@movekit/react/safety-notice";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { emergencyRedFlag, gluteBridge, longText } from "./support/exercise-fixtures";
import { arabicEmergencyItems, arabicMessages, arabicRedFlags, arabicRtl } from "./support/rtl-samples";

const meta = {
  title: "Exercise/SafetyNotice",
  component: SafetyNotice,
  args: {
    severity: "emergency",
    items: ["Chest pain or tightness while you exercise.", "Sudden breathlessness that does not settle when you stop."],
  },
} satisfies Meta<typeof SafetyNotice>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Call the emergency number now. The tier is in the heading's accessible name, not only in the colour. */
export const Emergency: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const notice = canvas.getByRole("region", { name: /^Emergency: Call 999 or go to A&E now if:/ });
    await expect(notice).toBeVisible();
    await expect(canvas.getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
  },
};

export const Urgent: Story = {
  args: {
    severity: "urgent",
    items: [
      "Your calf is painful, swollen and warm on one side.",
      "Your hip is hot, red and swollen, or you have a fever.",
    ],
  },
};

export const StopExercising: Story = {
  args: {
    severity: "stop-exercising",
    items: ["You feel dizzy, faint or sick.", "Your heart races or flutters."],
  },
};

export const NonUrgent: Story = {
  args: {
    severity: "non-urgent",
    items: ["Pain has not settled by the next morning.", "Symptoms are worse from one week to the next."],
  },
};

/** All four tiers together, most urgent first. */
export const AllTiers: Story = {
  render: (args) => <RedFlagNotices redFlags={gluteBridge.redFlags} locale={args.locale} />,
  play: async ({ canvasElement }) => {
    const names = within(canvasElement)
      .getAllByRole("region")
      .map((region) => region.getAttribute("aria-label"));
    await expect(names).toEqual([
      "Emergency: Call 999 or go to A&E now if:",
      "Stop exercising: Stop exercising straight away if:",
      "Non-urgent: Speak to your physiotherapist or GP if:",
    ]);
  },
};

/**
 * The four tiers side by side. Each has its own colour (the kit's, whatever the clinic theme), its own icon shape
 * and its tier word, so no two look alike in colour, in greyscale or in print.
 */
export const FourTiersFourIcons: Story = {
  render: (args) => (
    <div>
      {(["emergency", "urgent", "stop-exercising", "non-urgent"] as const).map((severity) => (
        <SafetyNotice key={severity} severity={severity} locale={args.locale} items={["An example sign."]} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const notices = canvas.getAllByRole("region");
    const icons = notices.map((n) => n.querySelector("[data-slot='safety-notice-tier'] svg"));
    await expect(icons.map((icon) => icon?.getAttribute("data-tier-icon"))).toEqual([
      "emergency",
      "urgent",
      "stop-exercising",
      "non-urgent",
    ]);
    await expect(new Set(icons.map((icon) => icon?.innerHTML)).size).toBe(4);
    const bands = notices.map(
      (n) => getComputedStyle(n.querySelector("[data-slot='safety-notice-header']") as Element).backgroundColor,
    );
    await expect(new Set(bands).size).toBe(4);
  },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es", items: ["Dolor en el pecho mientras haces ejercicio."] },
};

export const UsEnglish: Story = { args: { locale: "en-US" } };

/** A clinic's own number replaces the public one. */
export const ClinicNumber: Story = {
  args: { emergencyNumbers: { "en-GB": "01632 960000" }, heading: "Call the rehabilitation ward now if:" },
};

/** English text shown to a Spanish reader is marked "(en inglés)" and pronounced as English. */
export const SpanishFallback: Story = {
  globals: { locale: "es" },
  render: () => (
    <RedFlagNotices
      locale="es"
      messages={es}
      redFlags={[{ ...emergencyRedFlag, text: { "en-GB": "Chest pain while you exercise." } }]}
    />
  ),
};

export const LongText: Story = { render: () => <RedFlagNotices redFlags={longText.redFlags} /> };

/** Right to left with Arabic sample text (not clinical content): the tier band, icon and call link mirror. */
export const RightToLeft: Story = {
  ...arabicRtl,
  args: { items: arabicEmergencyItems, messages: arabicMessages },
};

/** An exercise's warning signs in Arabic sample text (not clinical content), right to left. */
export const RedFlagsRightToLeft: Story = {
  ...arabicRtl,
  render: () => <RedFlagNotices locale="ar" redFlags={arabicRedFlags} messages={arabicMessages} />,
};
