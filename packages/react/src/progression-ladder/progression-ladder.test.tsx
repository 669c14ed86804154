import { es } from "@movekit/core/locales/es";
import { gluteBridge, ladderExercises, withoutProgressions } from "@movekit/fixtures/exercises";
import { render, screen, within } from "@testing-library/react";
import type { AnchorHTMLAttributes } from "react";
import { describe, expect, it } from "vitest";
import { MovekitProvider } from "../movekit-provider";
import { ProgressionLadder } from "./progression-ladder";

function RouterLink(props: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a data-router="" {...props} />;
}

const href = (exercise: { slug?: string }) => `/exercises/${exercise.slug}`;

describe("ProgressionLadder", () => {
  it("reads from easiest to hardest with the current exercise marked", () => {
    render(<ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={href} />);
    const steps = within(screen.getByRole("list", { name: "Easier and harder versions" })).getAllByRole("listitem");
    expect(steps.map((step) => step.getAttribute("data-direction"))).toEqual(["regression", "current", "progression"]);
    expect(steps[0]).toHaveTextContent("EasierBridge holdIf lifting and lowering hurts.");
    expect(steps[1]).toHaveAttribute("aria-current", "step");
    expect(steps[1]).toHaveTextContent("This exerciseGlute bridge");
    expect(steps[2]).toHaveTextContent("Harder");
    expect(steps[2]).toHaveTextContent("When 3 sets of 12 feel easy");
  });

  it("shows each step's criteria once, as written, with no label repeating its first word", () => {
    render(<ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={href} />);
    const criteria = document.querySelectorAll("[data-slot='progression-criteria']");
    expect([...criteria].map((node) => node.textContent)).toEqual([
      "If lifting and lowering hurts.",
      expect.stringMatching(/^When 3 sets of 12 feel easy/),
    ]);
    expect(screen.getByRole("list").textContent).not.toMatch(/When:|If:/);
  });

  it("links other steps, never the current one", () => {
    render(<ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={href} />);
    expect(screen.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "/exercises/bridge-hold",
      "/exercises/single-leg-glute-bridge",
    ]);
  });

  it("goes through the provider's link component", () => {
    render(
      <MovekitProvider linkComponent={RouterLink} locale="es" messages={es}>
        <ProgressionLadder exercise={gluteBridge} exercises={ladderExercises} getHref={href} />
      </MovekitProvider>,
    );
    expect(screen.getByRole("link", { name: "Puente mantenido" })).toHaveAttribute("data-router");
    expect(screen.getByRole("list", { name: "Versiones más fáciles y más difíciles" })).toBeInTheDocument();
  });

  it("says when there is no easier or harder version", () => {
    render(<ProgressionLadder exercise={withoutProgressions} />);
    expect(screen.getByText("No easier version listed.")).toBeInTheDocument();
    expect(screen.getByText("No harder version listed.")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
  });
});
