import type { Contraindication } from "@movekit/core";
import { ContraindicationList } from "@movekit/react/contraindication-list";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { MISSING } from "./support/broken-exercises";
import { englishOnly, gluteBridge, longText, withAbsoluteContraindication } from "./support/exercise-fixtures";
import { arabicContraindications, arabicMessages, arabicRtl } from "./support/rtl-samples";

const meta = {
  title: "Exercise/ContraindicationList",
  component: ContraindicationList,
  args: { contraindications: gluteBridge.contraindications },
} satisfies Meta<typeof ContraindicationList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A relative contraindication, with how to change the exercise. */
export const Relative: Story = {};

/** An absolute contraindication comes first, under "Do not do this exercise if:". */
export const Absolute: Story = {
  args: { contraindications: withAbsoluteContraindication.contraindications },
  play: async ({ canvasElement }) => {
    const groups = within(canvasElement).getAllByRole("region");
    await expect(groups[0]).toHaveAccessibleName("Do not do this exercise if:");
    await expect(groups[0]).toBeVisible();
    await expect(groups[1]).toHaveTextContent("How to change it: Lift only halfway.");
  },
};

/** A clinician has recorded that there are none: said explicitly, with who and when. */
export const NoneReviewed: Story = {
  args: {
    contraindications: undefined,
    noContraindications: { reviewer: "A. Reviewer, physiotherapist", reviewedOn: "2025-01-15" },
  },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es", contraindications: withAbsoluteContraindication.contraindications },
};

export const SpanishFallback: Story = {
  globals: { locale: "es" },
  args: { locale: "es", contraindications: englishOnly.contraindications },
};

export const LongText: Story = { args: { contraindications: longText.contraindications } };

/** Right to left with Arabic sample text (not clinical content), both severities. */
export const RightToLeft: Story = {
  ...arabicRtl,
  args: { contraindications: arabicContraindications, messages: arabicMessages },
};

/** A severity the kit does not know is shown at the strictest tier, never dropped. */
export const UnknownSeverity: Story = {
  args: {
    contraindications: [
      { id: "odd", severity: "severe", text: { "en-GB": "You have had hip surgery in the last six weeks." } },
    ] as unknown as Contraindication[],
  },
  play: async ({ canvasElement }) => {
    const group = within(canvasElement).getByRole("region", { name: "Do not do this exercise if:" });
    await expect(within(group).getByText("You have had hip surgery in the last six weeks.")).toBeVisible();
  },
};

/** An item without readable text is counted in words; the intact ones stay. */
export const UnreadableItem: Story = {
  args: {
    contraindications: [null, ...(gluteBridge.contraindications ?? [])] as unknown as Contraindication[],
  },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText(
        "1 safety item could not be shown: ask your clinician about it before doing this exercise.",
      ),
    ).toBeVisible();
  },
};

/** Neither a contraindication nor a reviewed "none": says the safety information is missing. */
export const MissingSafetyInformation: Story = {
  args: { contraindications: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(MISSING)).toBeVisible();
  },
};
