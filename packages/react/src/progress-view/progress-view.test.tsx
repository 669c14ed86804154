import { es } from "@movekit/core/locales/es";
import { progressProgramme, progressRecords, progressStart } from "@movekit/fixtures/progress";
import { render, screen, within } from "@testing-library/react";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { ProgressView } from "./progress-view";

const twelve = progressRecords(12);
const view = (props: Partial<Parameters<typeof ProgressView>[0]> = {}) => (
  <ProgressView programme={progressProgramme} startDate={progressStart} {...twelve} {...props} />
);

describe("ProgressView", () => {
  it("says where the patient is and sums up the week and the pain in words", () => {
    render(view());
    const region = screen.getByRole("region", { name: "Your progress" });
    expect(within(region).getByRole("heading", { level: 2, name: "Your progress" })).toBeVisible();
    expect(region).toHaveAttribute("data-status", "in-progress");
    expect(region.querySelector('[data-slot="progress-week"]')).toHaveTextContent(/^Week 12 of \d+$/);
    expect(region.querySelector('[data-slot="progress-summary"]')).toHaveTextContent(
      /^3 of 3 sessions done this week; pain about the same\. A warning sign was ticked in 1 week\./,
    );
  });

  it("shows each week's sessions done against planned, matching the records", () => {
    const { container } = render(view());
    const calendar = screen.getByRole("table", { name: "Sessions each week: planned and done" });
    const row = (week: number) => calendar.querySelector(`tr[data-week="${week}"]`) as HTMLElement;
    const week2 = row(2);
    expect(within(week2).getByRole("rowheader")).toHaveTextContent("Week 2");
    expect(within(week2).getByText("2 of 3")).toBeInTheDocument();
    expect(within(week2).getByText(/: Missed$/)).toBeInTheDocument();
    expect(within(row(5)).getByText(/: Stopped early, Warning sign ticked$/)).toBeInTheDocument();
    const doneCells = container.querySelectorAll('[data-slot="progress-day"][data-status="done"]');
    const finished = twelve.sessions.filter((s) => s.log.completed).length;
    expect(doneCells).toHaveLength(finished);
    expect(row(12)).toHaveAttribute("aria-current", "date");
    expect(calendar.querySelectorAll("tr[aria-current]")).toHaveLength(1);
  });

  it("draws the pain trend with a table of the same numbers, marking warning-sign and easing-off weeks", () => {
    const { container } = render(view());
    expect(screen.getByRole("img", { name: /^Line chart of the highest pain each week over 12 weeks/ })).toBeVisible();
    const table = screen.getByRole("table", { name: /Highest pain each week/ });
    const week5 = table.querySelector('tr[data-week="5"]') as HTMLElement;
    expect(week5).toHaveAttribute("data-warning");
    expect(within(week5).getAllByRole("cell")[0]).toHaveTextContent("6");
    expect(table.querySelector('tr[data-week="6"]')).toHaveAttribute("data-step-back");
    expect(container.querySelectorAll('[data-slot="pain-trend-warning"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-slot="pain-trend-step-back"]')).toHaveLength(2);
    // The programme's pain bands are drawn behind the lines.
    expect(container.querySelectorAll(".mk-pain-trend__band").length).toBe(progressProgramme.painRule.bands.length);
  });

  it("shows an empty state before anything is recorded, with the plan still on the calendar", () => {
    const { container } = render(view({ sessions: [], checkIns: [], today: progressStart }));
    expect(screen.getByText("Nothing recorded yet. Sessions and pain check-ins you do will show here.")).toBeVisible();
    expect(screen.getByText("No pain scores recorded yet.")).toBeVisible();
    expect(container.querySelectorAll('[data-slot="progress-day"][data-status="planned"]').length).toBeGreaterThan(0);
  });

  it("says so, instead of throwing, when the dates cannot be read", () => {
    render(view({ startDate: "soon" }));
    expect(screen.getByText(/Your progress can't be shown/)).toBeVisible();
    expect(screen.getByRole("region", { name: "Your progress" })).toHaveAttribute("data-status", "invalid");
  });

  it("speaks Spanish through the provider, and renders the same on the server", () => {
    render(
      <StrictMode>
        <MovekitProvider locale="es" messages={es}>
          {view()}
        </MovekitProvider>
      </StrictMode>,
    );
    expect(screen.getByRole("heading", { name: "Tu progreso" })).toBeVisible();
    expect(screen.getByText(/^3 de 3 sesiones hechas esta semana;/)).toBeVisible();
    const html = renderToString(view());
    expect(html).toContain("Your progress");
    expect(html).toContain('data-slot="pain-trend-chart"');
  });
});
