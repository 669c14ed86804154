import { clamshellDemo, gluteBridgeDemo } from "@movekit/content";
import { es } from "@movekit/core/locales/es";
import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MovekitProvider } from "../movekit-provider";
import { MovementDemo } from "./movement-demo";

// Counts loads of the animation module: it must be fetched only when something may move.
const animationLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock("./animated-figure", async (importOriginal) => {
  animationLoads.count++;
  return importOriginal();
});

describe("MovementDemo", () => {
  it("under reduced motion shows still start and end poses and never loads the animation code", () => {
    render(
      <MovekitProvider reducedMotion="always">
        <MovementDemo demo={gluteBridgeDemo} />
      </MovekitProvider>,
    );
    render(<MovementDemo demo={gluteBridgeDemo} reducedMotion locale="es" messages={es} />);
    expect(screen.getByRole("img", { name: "Posición inicial" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Posición final" })).toBeInTheDocument();
    expect(screen.getAllByRole("figure")[1]).toHaveTextContent("reducir el movimiento");
    expect(screen.queryByRole("button")).toBeNull();
    expect(animationLoads.count).toBe(0);
  });

  it("describes the movement in words as the figure's caption, and loads the animation on first use", async () => {
    // Still nothing loaded after the reduced demos above had their whole test and clean-up to start a load.
    expect(animationLoads.count).toBe(0);
    render(<MovementDemo demo={clamshellDemo} reducedMotion={false} />);
    const figure = screen.getByRole("figure");
    expect(figure).toHaveAccessibleName(clamshellDemo.alt["en-GB"]);
    expect(screen.getByRole("img", { name: "Movement demonstration" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Normal" })).toHaveAttribute("aria-pressed", "true");
    await waitFor(() => expect(animationLoads.count).toBe(1));
  });

  it("starts paused when asked", () => {
    render(<MovementDemo demo={gluteBridgeDemo} autoPlay={false} reducedMotion={false} />);
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "paused");
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
  });

  it("stays on its first pose, without throwing, when the content has nothing to play", () => {
    const single = { ...clamshellDemo, keyframes: clamshellDemo.keyframes.slice(0, 1) };
    const empty = { ...clamshellDemo, keyframes: [] };
    render(<MovementDemo demo={single} reducedMotion={false} />);
    render(<MovementDemo demo={empty} reducedMotion={false} />);
    expect(screen.getAllByRole("figure")).toHaveLength(2);
    expect(document.querySelectorAll('[data-slot="figure"]')).toHaveLength(1);
  });
});
