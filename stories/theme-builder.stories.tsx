import { es } from "@movekit/core/locales/es";
import { DosageSummary } from "@movekit/react/dosage-summary";
import { clinicPresets, createTheme, lightTiers } from "@movekit/tokens";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ThemeBuilder } from "./support/theme-builder";

const meta = {
  title: "Theming/Theme builder",
  component: ThemeBuilder,
  tags: ["!autodocs"],
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof ThemeBuilder>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Pick a brand colour and see the contrast report and every component re-themed, live. */
export const Builder: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^(Pass|Fail):/)).toHaveTextContent(
      /^Pass: all \d+ contrast checks meet WCAG AA and the care-card tiers stay distinct\.$/,
    );

    // A yellow brand fails as link text on white; the builder says so and offers the nearest passing accent.
    const brand = canvas.getByRole("textbox", { name: "Brand colour" });
    await userEvent.clear(brand);
    // One paste, not seven keystrokes: each change re-themes every component in the preview.
    await userEvent.paste("#ffdd00");
    await expect(canvas.getByText(/^(Pass|Fail):/)).toHaveTextContent(/^Fail: \d+ of \d+ checks fail \(\d+ contrast/);
    await expect(canvas.getByRole("region", { name: "Failing contrast checks" })).toHaveTextContent(
      "accent #ffdd00 on surface #ffffff",
    );
    // A failing theme gets no stylesheet at all.
    await expect(canvas.getByTestId("no-css")).toHaveTextContent(/^No CSS: createTheme refuses a theme/);
    await expect(canvas.queryByRole("region", { name: "Generated theme CSS" })).toBeNull();
    await userEvent.click(canvas.getByRole("button", { name: /^Use suggested accent #[0-9a-f]{6}$/ }));
    await expect(canvas.getByText(/^(Pass|Fail):/)).toHaveTextContent(/^Pass/);

    // The preview really wears the generated theme.
    const accent = (canvas.getByRole("textbox", { name: "Accent colour" }) as HTMLInputElement).value;
    const start = within(canvas.getByTestId("theme-preview")).getByRole("button", { name: "Start session" });
    await waitFor(() => expect(getComputedStyle(start).backgroundColor).toBe(rgb(accent)));
  },
};

/**
 * A red brand reads well as text, yet its buttons would look like the Urgent care card, so the theme is refused
 * for tier distinctness: no stylesheet, the two colours named, and a suggested accent that keeps clear of every
 * alarm tier. The care cards in the preview keep the kit's colours whatever the brand.
 */
export const RefusedForTierDistinctness: Story = {
  args: { initialBrand: "#c8102e", preview: "tiers" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^(Pass|Fail):/)).toHaveTextContent(
      /^Fail: 1 of \d+ checks fail \(0 contrast, 1 care-card tier\)\. No stylesheet is made for this theme\.$/,
    );
    await expect(canvas.getByRole("region", { name: "Failing care-card tier checks" })).toHaveTextContent(
      /light · accent #c8102e vs tier-urgent #c42b1c: ΔE 0\.0\d+, needs at least 0\.1 so buttons and links do not look like the Urgent card/,
    );
    await expect(canvas.getByTestId("no-css")).toBeVisible();
    await expect(canvas.queryByRole("region", { name: "Generated theme CSS" })).toBeNull();
    await expect(canvas.getByRole("button", { name: /^Use suggested accent #[0-9a-f]{6}$/ })).toBeVisible();

    // In the preview the Urgent card keeps its own red, not the brand's.
    const tiers = within(canvas.getByRole("region", { name: "Care-card tiers sample" }));
    const urgent = tiers.getByRole("region", { name: /^Urgent: / });
    const band = urgent.querySelector("[data-slot='safety-notice-header']") as HTMLElement;
    await expect(getComputedStyle(band).backgroundColor).toBe(rgb(lightTiers["tier-urgent"]));
    await expect(getComputedStyle(band).backgroundColor).not.toBe(rgb("#c8102e"));
  },
};

/** Two clinic themes side by side: each `data-mk-theme` scope carries its own tokens. */
export const TwoThemesOnOnePage: Story = {
  render: () => (
    <div style={{ display: "grid", gap: "1rem", gridTemplateColumns: "repeat(auto-fit, minmax(16rem, 1fr))" }}>
      {(["coastal", "midnight"] as const).map((name) => (
        <div key={name} data-mk-theme={name} style={{ padding: "1rem" }}>
          <DosageSummary aria-label={`Dosage (${name})`} dosage={{ sets: 3, reps: 10, perSide: true }} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const name of ["coastal", "midnight"] as const) {
      const preset = createTheme(clinicPresets[name]).tokens;
      const colors = name === "midnight" ? preset.dark : preset.light;
      const group = canvas.getByRole("group", { name: `Dosage (${name})` });
      await expect(getComputedStyle(group).backgroundColor).toBe(rgb(colors["surface-muted"]));
    }
  },
};

/**
 * Components with a `locale` prop get the toolbar locale. A story whose component has no such prop can still
 * read it: declare `argTypes.locale` and pass `args.locale` on, as here.
 */
export const LocaleFromToolbar: Story = {
  globals: { locale: "es" },
  argTypes: { locale: { control: false } } as never,
  render: (args) => (
    <DosageSummary locale={(args as { locale?: string }).locale} messages={es} dosage={{ sets: 2, reps: 12 }} />
  ),
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole("group", { name: "Dosis" });
    await expect(group).toHaveTextContent("2 series de 12 repeticiones");
    await expect(canvasElement.querySelector("[data-mk-theme]")).toHaveAttribute("lang", "es");
  },
};

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Parts of `root` that stick out past its edges (parts inside their own scroll box, like wide tables, excepted). */
function overflowing(root: HTMLElement): string[] {
  const box = root.getBoundingClientRect();
  const all = Array.from(root.querySelectorAll<HTMLElement>("*"));
  const scrollers = all.filter((el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX));
  return all
    .filter((el) => !scrollers.some((s) => s !== el && s.contains(el)))
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
}

/**
 * On a 320 px phone: the form is one column, and no part of the form or of the preview sticks out past the
 * screen.
 */
export const PhoneWidth: Story = {
  // The token samples and care cards: every component at 320 px is the themes test's job (it renders Builder there).
  args: { preview: "tiers" },
  decorators: [(Story) => <div style={{ inlineSize: 320, maxInlineSize: "100%" }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole("group", { name: "Clinic brand" });
    const preview = canvas.getByTestId("theme-preview");
    await expect(overflowing(form)).toEqual([]);
    await expect(overflowing(preview)).toEqual([]);
    // One column: every field starts at the same left edge.
    const lefts = new Set(
      Array.from(form.querySelectorAll(".tb-field")).map((f) => Math.round(f.getBoundingClientRect().left)),
    );
    await expect(lefts.size).toBe(1);
  },
};

/** The form grid is not ragged: in each row of fields the controls line up, however long a neighbour's hint. */
export const FormGridAligned: Story = {
  args: { preview: "tiers" },
  decorators: [(Story) => <div style={{ inlineSize: 960, maxInlineSize: "100%" }}>{Story()}</div>],
  play: async ({ canvasElement }) => {
    const form = within(canvasElement).getByRole("group", { name: "Clinic brand" });
    const rows = new Map<number, number[]>();
    for (const field of form.querySelectorAll(".tb-field")) {
      const control = field.querySelector(".tb-colour, select, .tb-label") as HTMLElement;
      const top = Math.round(field.getBoundingClientRect().top);
      rows.set(top, [...(rows.get(top) ?? []), Math.round(control.getBoundingClientRect().bottom)]);
    }
    await expect(rows.size).toBeGreaterThan(0);
    for (const bottoms of rows.values()) await expect(new Set(bottoms).size).toBe(1);
  },
};
