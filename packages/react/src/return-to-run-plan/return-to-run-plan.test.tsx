import { hipFlexorRunningPlan } from "@movekit/content";
import { es } from "@movekit/core/locales/es";
import { generateWalkRunPlan } from "@movekit/core/running";
import { runningPlanFixture } from "@movekit/fixtures/programmes";
import { oldJumpPlanFixture, sameDayPlanFixture } from "@movekit/fixtures/run-plans";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ReturnToRunPlan } from "./return-to-run-plan";

const flagItems = () =>
  within(screen.getByRole("heading", { name: "Checks on this plan" }).parentElement as HTMLElement)
    .getAllByRole("listitem")
    .filter((li) => li.dataset.slot === "run-plan-flag");

describe("ReturnToRunPlan", () => {
  it("gives the chart a text summary and the same numbers in a table", () => {
    render(<ReturnToRunPlan plan={runningPlanFixture} />);
    const chart = screen.getByRole("img", { name: /^Bar chart of running time over 6 weeks/ });
    // Unit words come from the runtime's ICU data ("min" or "mins"), so they are matched loosely.
    expect(chart.getAttribute("aria-label")).toMatch(
      /^Bar chart of running time over 6 weeks, from 15 mins? in the first week to 23\.5 mins? in the last\. 2 weeks have a warning\.$/,
    );
    const table = screen.getByRole("table", { name: "Running time each week (the numbers in the chart)" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]?.textContent).toMatch(/^Week 115 mins?First weekOK$/);
    expect(rows[1]?.textContent).toMatch(/^Week 216\.5 mins?\+10%OK$/);
    expect(rows[3]).toHaveAttribute("data-warning");
    expect(rows[3]).toHaveTextContent("Warning");
    // The chart marks the same weeks, with a "!" as well as colour.
    const bars = chart.querySelectorAll("[data-slot='run-chart-bar']");
    expect([...bars].map((b) => b.hasAttribute("data-warning"))).toEqual([false, false, false, true, false, true]);
    expect(chart.querySelectorAll("[data-slot='run-chart-marker']")).toHaveLength(2);
  });

  it("says each of the validator's warnings in words, with Frandsen's size band for a long run", () => {
    render(<ReturnToRunPlan plan={runningPlanFixture} />);
    const flags = flagItems();
    expect(flags.map((f) => f.dataset.code)).toEqual([
      "weekly-rise",
      "run-spike",
      "bout-doubling",
      "short-walk-break",
      "short-walk-break",
      "short-walk-break",
    ]);
    expect(flags[0]?.textContent).toMatch(
      /^Warning: week 4 has 23\.2 mins? of running, 29% more than the week before \(18 mins?\)\. The plan's limit is 10% a week\.$/,
    );
    expect(flags[1]?.textContent).toMatch(
      /^Warning: in week 4, the Friday run of 10 mins? is 52% longer than the longest run of the 30 days before it \(6 mins? 35 secs?\)\. Size: more than 30% and up to double\.$/,
    );
    expect(flags[1]).toHaveAttribute("data-spike-band", "30-100");
    expect(flags[2]?.textContent).toMatch(
      /^Warning: in week 4, the longest run without a walk break is 10 mins?, more than double the week before's \(1 mins? 12 secs?\)\.$/,
    );
    expect(flags[3]?.textContent).toMatch(
      /^Warning: in week 6, the Monday session has walk breaks of 26 secs?\. A walk break should last at least 30 secs?; otherwise run without one\.$/,
    );
    const session = document.querySelector("tbody[data-week='4'] tr:nth-child(3)") as HTMLElement;
    expect(session).toHaveAttribute("data-warning");
    expect(session.querySelectorAll(".mk-run-plan__flag")).toHaveLength(2);
    expect(session.textContent).toMatch(
      /walk 5 mins? to warm up, then run 10 mins? without stopping, then walk 5 mins? to cool down/,
    );
  });

  it("fails the old plan's jump from 110-second runs to 20 minutes, and explains what the evidence shows", () => {
    render(<ReturnToRunPlan plan={oldJumpPlanFixture} />);
    const flags = flagItems();
    expect(flags.map((f) => f.dataset.code)).toEqual(["bout-doubling", "short-walk-break"]);
    expect(flags[0]?.textContent).toMatch(
      /week 2, the longest run without a walk break is 20 mins?.*\(1 mins? 50 secs?\)/,
    );
    const checks = screen.getByRole("heading", { name: "Checks on this plan" }).parentElement as HTMLElement;
    expect(checks).toHaveTextContent("Frandsen et al. 2025");
    expect(checks).toHaveTextContent("It has not been shown to prevent injury");
    expect(checks).toHaveTextContent(/That study measured the distance of each run\. This plan counts minutes/);
    expect(checks).toHaveTextContent(/more than double \(about 2\.3 times\)/);
    expect(checks).toHaveTextContent(/agreed by the authors rather than tested in a trial/);
  });

  it("compares two runs on the same day with each other and as a day's total", () => {
    render(<ReturnToRunPlan plan={sameDayPlanFixture} checks={{ maxWeeklyRise: 1 }} />);
    const flags = flagItems();
    expect(flags.map((f) => f.dataset.code)).toEqual(["same-day-total"]);
    expect(flags[0]?.textContent).toMatch(
      /in week 2, the runs on Monday add up to 20 mins?, 100% more than the longest run before that day \(10 mins?\)\. Size: more than 30% and up to double\./,
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
    expect(rows[3]?.textContent).toMatch(/5 × \(run 2 mins?, walk 1 min\), then run 1 min without stopping/);
    expect(screen.getByText(/^No week adds more than 10% running, no run is more than 10% longer/)).toBeInTheDocument();
  });

  it("shows the hop and strength gate before week 1, each criterion with where it comes from", () => {
    render(<ReturnToRunPlan plan={hipFlexorRunningPlan} />);
    const gate = screen.getByRole("heading", { name: "Before your first run" }).parentElement as HTMLElement;
    expect(gate).toHaveTextContent("Start week 1 only when you can do all of these:");
    const items = [...gate.querySelectorAll("[data-slot='run-plan-criterion']")];
    expect(items.map((i) => i.getAttribute("data-criterion"))).toEqual([
      "walk-30-pain-free",
      "hop-10-each-leg",
      "single-leg-bridge-3x8",
      "calf-raise-20-each-leg",
    ]);
    expect(items[1]).toHaveTextContent(/hop on the spot 10 times in a row on each leg without pain/);
    expect(items[1]).toHaveTextContent("Agreed by the authors; no study sets this number:");
    expect(items[0]).toHaveTextContent("Advice, not research evidence:");
  });

  it("shows hills, strides and speed after the walk/run weeks, in order, each with its entry criteria", () => {
    render(<ReturnToRunPlan plan={hipFlexorRunningPlan} />);
    const stages = screen.getByRole("heading", { name: "After the walk/run weeks" }).parentElement as HTMLElement;
    const headings = within(stages).getAllByRole("heading", { level: 4 });
    expect(headings.map((h) => h.textContent)).toEqual([
      "Stage 1: Gentle hills",
      "Stage 2: Strides",
      "Stage 3: Faster running",
    ]);
    const hills = stages.querySelector("[data-stage='hills']") as HTMLElement;
    expect(hills).toHaveTextContent(/Start when:.*run 20 minutes continuously/);
    expect(hills).toHaveTextContent(/What to do:.*gentle slope for 30 to 60 seconds/);
  });

  it("passes the shipped plan and speaks Spanish", () => {
    render(<ReturnToRunPlan plan={hipFlexorRunningPlan} locale="es" messages={es} />);
    expect(document.querySelector("[data-slot='return-to-run-plan']")).toHaveAttribute("data-warnings", "0");
    expect(screen.getByRole("table", { name: "Todas las sesiones, semana a semana" })).toBeInTheDocument();
    expect(screen.getAllByText(/^lunes$/).length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { name: "Antes de tu primera salida" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Etapa 1: Cuestas suaves" })).toBeInTheDocument();
  });
});
