import { EvidenceList } from "@movekit/react/evidence-list";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { gluteBridge, rtl } from "./support/exercise-fixtures";

const meta = {
  title: "Exercise/EvidenceList",
  component: EvidenceList,
  args: { evidence: gluteBridge.evidence, provenance: gluteBridge.provenance },
} satisfies Meta<typeof EvidenceList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Evidence and advice told apart in words, with references, reviewer and review date. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Research evidence")).toBeVisible();
    await expect(canvas.getByText("Clinical advice, not research evidence")).toBeVisible();
    await expect(canvas.getByText(/Reviewed by A\. Reviewer, physiotherapist on 15 January 2025\./)).toBeVisible();
  },
};

export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
};

/** US date order. */
export const UsEnglish: Story = { args: { locale: "en-US" } };

export const WithoutProvenance: Story = { args: { provenance: undefined } };

export const LongText: Story = {
  args: {
    evidence: [
      {
        claim: {
          "en-GB":
            "A long claim that wraps over several lines on a narrow screen, to check that references and the evidence label stay readable and never overflow the container sideways.",
        },
        kind: "evidence",
        source: "seeds/000_779598120aa6ad19.txt",
        references: [
          {
            citation:
              "Frandsen JSB, Hulme A, Parner ET, Nielsen RO, et al. How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study. Br J Sports Med. 2025.",
            doi: "10.1136/bjsports-2024-109001",
          },
        ],
      },
    ],
  },
};

export const RightToLeft: Story = { ...rtl };
