import { es } from "@movekit/core/locales/es";
import { englishOnly, firstCue, gluteBridge } from "@movekit/fixtures/exercises";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CueList, cueId } from "./cue-list";

const cues = gluteBridge.cues;

describe("CueList", () => {
  it("lists cues in order with a spoken Do / Don't prefix and icons hidden from assistive tech", () => {
    render(<CueList cues={cues} />);
    const list = screen.getByRole("list", { name: "Coaching cues" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent("Do: Feet flat, hip-width apart.");
    expect(items[3]).toHaveTextContent("Don't: Don't arch your lower back at the top.");
    expect(items[2]).toHaveTextContent(/^Breathe out as you lift\.$/);
    expect(items[0]).toHaveAttribute("data-kind", "do");
    expect(items[3]).toHaveAttribute("data-kind", "dont");
    expect(items[0]?.querySelector("svg")).toHaveAttribute("aria-hidden", "true");
  });

  it("can keep the prefix for screen readers only", () => {
    render(<CueList cues={cues} prefix="hidden" />);
    expect(screen.getAllByText("Do:")[0]).toHaveClass("mk-visually-hidden");
  });

  it("highlights the active cue with data-state and aria-current", () => {
    render(<CueList cues={cues} activeCueId="cue-2" />);
    const items = screen.getAllByRole("listitem");
    expect(items[1]).toHaveAttribute("data-state", "active");
    expect(items[1]).toHaveAttribute("aria-current", "step");
    expect(items[0]).toHaveAttribute("data-state", "inactive");
    expect(items[0]).not.toHaveAttribute("aria-current");
  });

  it("uses the cue's own id, or its 1-based position", () => {
    expect(cueId({ ...firstCue, id: "feet" }, 0)).toBe("feet");
    expect(cueId(firstCue, 0)).toBe("cue-1");
  });

  it("puts one-cue roles in one plain list, each cue tagged with its role, with no heading per cue", () => {
    // The glute bridge has five roles with one cue each.
    render(<CueList cues={cues} groupBy="role" headingLevel={4} />);
    expect(screen.queryAllByRole("heading")).toEqual([]);
    const items = within(screen.getByRole("list", { name: "Coaching cues" })).getAllByRole("listitem");
    expect(items.map((item) => item.querySelector("[data-slot='cue-role']")?.textContent)).toEqual([
      "Getting set up: ",
      "The movement: ",
      "Breathing: ",
      "Good form: ",
      "Staying safe: ",
    ]);
    expect(items[3]).toHaveTextContent("Good form: Don't: Don't arch your lower back");
  });

  it("heads roles with two or more cues, in the vocabulary's order, and merges the rest under Other cues", () => {
    const extra = { role: "form" as const, kind: "do" as const, text: { "en-GB": "Keep your knees in line." } };
    const setup = { role: "setup" as const, text: { "en-GB": "Use a mat." } };
    render(<CueList cues={[...cues, extra, setup]} groupBy="role" headingLevel={4} />);
    expect(screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual([
      "Getting set up",
      "Good form",
      "Other cues",
    ]);
    expect(within(screen.getByRole("list", { name: "Good form" })).getAllByRole("listitem")).toHaveLength(2);
    expect(within(screen.getByRole("list", { name: "Other cues" })).getAllByRole("listitem")).toHaveLength(3);
    // Every cue is shown exactly once.
    expect(screen.getAllByRole("listitem")).toHaveLength(cues.length + 2);
  });

  it("says 'Otras indicaciones' in Spanish", () => {
    const extra = {
      role: "form" as const,
      kind: "do" as const,
      text: { "en-GB": "Knees in line.", es: "Rodillas alineadas." },
    };
    render(<CueList cues={[...cues, extra]} groupBy="role" locale="es" messages={es} />);
    expect(screen.getByRole("heading", { name: "Otras indicaciones" })).toBeVisible();
  });

  it("filters by role", () => {
    render(<CueList cues={cues} roles={["form", "safety"]} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });

  it("makes each cue a button that reports the cue and its id when onCueSelect is given", async () => {
    const onCueSelect = vi.fn();
    render(<CueList cues={cues} activeCueId="cue-1" onCueSelect={onCueSelect} />);
    const buttons = screen.getAllByRole("button");
    expect(buttons).toHaveLength(5);
    expect(buttons[0]).toHaveAttribute("aria-current", "step");
    await userEvent.click(screen.getByRole("button", { name: "Don't: Don't arch your lower back at the top." }));
    expect(onCueSelect).toHaveBeenCalledWith(cues[3], "cue-4");
  });

  it("speaks Spanish and marks English fallbacks", () => {
    render(<CueList cues={englishOnly.cues.slice(0, 1)} locale="es" messages={es} />);
    expect(screen.getByRole("list", { name: "Indicaciones" })).toHaveTextContent(
      "Haz: Feet flat, hip-width apart. (en inglés)",
    );
    expect(screen.getByText("Feet flat, hip-width apart.", { exact: false })).toHaveAttribute("lang", "en-GB");
  });

  it("says when there are no cues", () => {
    render(<CueList cues={[]} />);
    expect(screen.getByText("No coaching cues for this exercise yet.")).toBeInTheDocument();
  });
});
