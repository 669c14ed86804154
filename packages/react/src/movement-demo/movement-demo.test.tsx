import { clamshellDemo, gluteBridgeDemo } from "@movekit/content";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MovementDemo } from "./movement-demo";

describe("MovementDemo", () => {
  it("describes the movement in words as the figure's caption", () => {
    render(<MovementDemo demo={clamshellDemo} reducedMotion={false} />);
    const figure = screen.getByRole("figure");
    expect(figure).toHaveAccessibleName(clamshellDemo.alt["en-GB"]);
    expect(screen.getByRole("img", { name: "Movement demonstration" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Normal" })).toHaveAttribute("aria-pressed", "true");
  });

  it("starts paused when asked, and shows still start and end poses under reduced motion", () => {
    const { unmount } = render(<MovementDemo demo={gluteBridgeDemo} autoPlay={false} reducedMotion={false} />);
    expect(screen.getByRole("figure")).toHaveAttribute("data-state", "paused");
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
    unmount();
    render(<MovementDemo demo={gluteBridgeDemo} reducedMotion locale="es" />);
    expect(screen.getByRole("img", { name: "Posición inicial" })).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Posición final" })).toBeInTheDocument();
    expect(screen.getByRole("figure")).toHaveTextContent("reducir el movimiento");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
