import { progressProgramme, progressRecords, progressStart } from "@movekit/fixtures/progress";
import { ProgressView } from "@movekit/react/progress-view";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";

const twelve = progressRecords(12);

const meta = {
  title: "Programme/ProgressView",
  component: ProgressView,
  args: { programme: progressProgramme, startDate: progressStart, ...twelve },
  decorators: [(Story) => <div style={{ maxWidth: "60rem" }}>{Story()}</div>],
} satisfies Meta<typeof ProgressView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing recorded yet: the plan is on the calendar and the page says where records will appear. */
export const Empty: Story = {
  args: { sessions: [], checkIns: [], today: progressStart },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Nothing recorded yet/)).toBeVisible();
    await expect(canvas.getByText("No pain scores recorded yet.")).toBeVisible();
  },
};

/** The first week: three sessions done, pain scores from each. */
export const OneWeek: Story = {
  args: progressRecords(1),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector("[data-slot='progress-week']")).toHaveTextContent(/^Week 1 of \d+$/);
    await expect(
      canvas.getByRole("img", { name: /^Line chart of the highest pain each week over 1 weeks?/ }),
    ).toBeVisible();
  },
};

/**
 * Twelve weeks with a flare: a missed session in week 2, a session stopped on the verdict with a warning sign in
 * week 5, easing off in week 6, then settling.
 */
export const TwelveWeeksWithFlare: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector("[data-slot='progress-summary']")).toHaveTextContent(
      /A warning sign was ticked in 1 week/,
    );
    await expect(canvasElement.querySelectorAll("[data-slot='pain-trend-warning']")).toHaveLength(1);
    await expect(canvas.getByRole("table", { name: /Highest pain each week/ })).toBeVisible();
  },
};

/** The same twelve weeks in Spanish. */
export const Spanish: Story = {
  globals: { locale: "es" },
  args: { locale: "es" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("heading", { name: "Tu progreso" })).toBeVisible();
    await expect(canvasElement.querySelector("[data-slot='progress-summary']")).toHaveTextContent(/esta semana/);
  },
};
