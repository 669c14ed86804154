import { clamshell } from "@movekit/content";
import type { Provenance } from "@movekit/core";
import { EvidenceList } from "@movekit/react/evidence-list";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

// The shipped clamshell as it ships (draft), and the same content after a clinic has recorded its own review.
const reviewed: Provenance = {
  status: "reviewed",
  author: clamshell.provenance.author,
  licence: clamshell.provenance.licence,
  reviewer: "Dr Ana Ruiz, physiotherapist (HCPC PH123456)",
  reviewedOn: "2027-01-15",
  nextReviewDue: "2028-01-15",
};

const meta = {
  title: "Exercise/Review status",
  component: EvidenceList,
  args: { evidence: clamshell.evidence, provenance: clamshell.provenance },
} satisfies Meta<typeof EvidenceList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Shipped content: no clinician has signed it, and the patient is told so in words. */
export const Draft: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Not yet clinically reviewed.")).toBeVisible();
    await expect(canvas.queryByText(/Reviewed by/)).toBeNull();
  },
};

export const DraftSpanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Pendiente de revisión clínica.")).toBeVisible();
  },
};

/** After the clinic's physiotherapist has worked through the review checklist and recorded the review. */
export const ReviewedByClinic: Story = {
  args: { provenance: reviewed },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText("Reviewed by Dr Ana Ruiz, physiotherapist (HCPC PH123456) on 15 January 2027."),
    ).toBeVisible();
    await expect(canvas.queryByText(/Not yet clinically reviewed/)).toBeNull();
  },
};
