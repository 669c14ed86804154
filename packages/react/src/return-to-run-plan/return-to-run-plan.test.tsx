import { hipFlexorRunningPlan } from "@movekit/content";
import { generateWalkRunPlan } from "@movekit/core";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { runningPlanFixture } from "../programme-view/programme-fixtures";
import { ReturnToRunPlan } from "./return-to-run-plan";

describe("ReturnToRunPlan", () => {
  it("gives the chart a text summary and the same numbers in a table", () => {
    render(<ReturnToRunPlan plan={runningPlanFixture} />);
    const chart = screen.getByRole("img", { name: /^Bar chart of running time over 6 weeks/ });
    // Unit words come from the runtime's ICU data ("min" or "mins"), so they are matched loosely.
    expect(chart.getAttribute("aria-label")).toMatch(
      /^Bar chart of running time over 6 weeks, from 15 mins? in the first week to 23\.5 mins? in the last\. 1 week has a warning\.$/,
    );
    const table = screen.getByRole("table", { name: "Running time each week (the numbers in the chart)" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]?.textContent).toMatch(/^Week 115 mins?First weekOK$/);
    expect(rows[1]?.textContent).toMatch(/^Week 216\.5 mins?\+10%OK$/);
    expect(rows[3]).toHaveAttribute("data-warning");
    expect(rows[3]).toHaveTextContent("Warning");
    // The chart marks the same week, with a "!" as well as colour.
    const bars = chart.querySelectorAll("[data-slot='run-chart-bar']");
    expect([...bars].map((b) => b.hasAttribute("data-warning"))).toEqual([false, false, false, true, false, false]);
    expect(chart.querySelectorAll("[data-slot='run-chart-marker']")).toHaveLength(1);
  });

  it("says each of the validator's warnings in words and what the evidence does and does not show", () => {
    render(<ReturnToRunPlan plan={runningPlanFixture} />);
    const checks = screen.getByRole("heading", { name: "Checks on this plan" }).parentElement as HTMLElement;
    const flags = within(checks)
      .getAllByRole("listitem")
      .filter((li) => li.dataset.slot === "run-plan-flag");
    expect(flags).toHaveLength(2);
    expect(flags[0]?.textContent).toMatch(
      /^Warning: week 4 has 23\.2 mins? of running, 29% more than the week before \(18 mins?\)\. The plan's limit is 10% a week\.$/,
    );
    expect(flags[1]?.textContent).toMatch(
      /^Warning: in week 4, the Friday run of 10 mins? is 52% longer than the longest run of the 30 days before it \(6 mins? 35 secs?\)\.$/,
    );
    expect(checks).toHaveTextContent("Frandsen et al. 2025");
    expect(checks).toHaveTextContent("It has not been shown to prevent injury");
    const session = document.querySelector("tbody[data-week='4'] tr:nth-child(3)") as HTMLElement;
    expect(session).toHaveAttribute("data-warning");
    expect(session.textContent).toMatch(
      /walk 5 mins? to warm up, then run 10 mins? without stopping, then walk 5 mins? to cool down/,
    );
  });

  it("lists every session with its day, intervals, running and total time", () => {
    render(<ReturnToRunPlan plan={generateWalkRunPlan({ weeks: 2 })} />);
    const table = screen.getByRole("table", { name: "Every session, week by week" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(6);
    expect(within(rows[0] as HTMLElement).getByRole("rowheader")).toHaveTextContent("Week 1");
    expect(rows[0]).toHaveTextContent("Monday");
    expect(rows[0]?.textContent).toMatch(/10 × \(run 1 min, walk 1 min\)/);
    expect(
      screen.getByText(
        "No week adds more than 10% running, and no run is more than 10% longer than the longest run of the 30 days before it.",
      ),
    ).toBeInTheDocument();
  });

  it("passes the shipped plan and speaks Spanish", () => {
    render(<ReturnToRunPlan plan={hipFlexorRunningPlan} locale="es" />);
    expect(document.querySelector("[data-slot='return-to-run-plan']")).toHaveAttribute("data-warnings", "0");
    expect(screen.getByRole("table", { name: "Todas las sesiones, semana a semana" })).toBeInTheDocument();
    expect(screen.getAllByText(/^lunes$/).length).toBeGreaterThan(0);
  });
});
