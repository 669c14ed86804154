import { es } from "@movekit/core/locales/es";
import { threeBandRule } from "@movekit/fixtures/programmes";
import { act, render, screen, within } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { MovekitProvider } from "../movekit-provider/movekit-provider";
import { PainCheck } from "./pain-check";

describe("PainCheck", () => {
  it("asks for pain during, after and the next morning on labelled 0–10 scales, unanswered at first", () => {
    render(<PainCheck rule={threeBandRule} />);
    const check = screen.getByRole("region", { name: "How is your pain?" });
    const sliders = within(check).getAllByRole("slider");
    expect(sliders.map((s) => s.getAttribute("aria-valuetext"))).toEqual([
      "Not answered yet",
      "Not answered yet",
      "Not answered yet",
    ]);
    expect(within(check).getByRole("slider", { name: "Pain during exercise" })).toHaveAttribute("max", "10");
    expect(within(check).getByRole("slider", { name: "Pain straight after exercise" })).toBeInTheDocument();
    expect(within(check).getByRole("slider", { name: "Pain the next morning" })).toBeInTheDocument();
    // Visible anchors under each scale.
    expect(within(check).getAllByText("No pain")).toHaveLength(3);
    expect(within(check).getAllByText("Worst pain imaginable")).toHaveLength(3);
    expect(
      within(check).getByRole("group", { name: "Compared with last week, your pain and stiffness are" }),
    ).toBeInTheDocument();
    expect(within(check).getByText("Score your pain to see what to do next.")).toBeInTheDocument();
    expect(check).not.toHaveAttribute("data-action");
  });

  it("says the rule's verdict in words for saved readings, with the rule's source", () => {
    render(<PainCheck rule={threeBandRule} defaultReadings={{ during: 4, after: 2 }} />);
    const advice = document.querySelector("[data-slot='pain-advice']") as HTMLElement;
    expect(advice).toHaveAttribute("data-action", "modify");
    expect(advice).toHaveTextContent("What to do: Reduce");
    expect(advice).toHaveTextContent("Your score of 4 is in the 4 to 5 band: Acceptable");
    expect(advice).toHaveTextContent("Do fewer repetitions next time.");
    expect(advice).toHaveTextContent(
      "Pain limits from: Suffolk NHS physiotherapy exercise leaflet (pain traffic lights).",
    );
    expect(screen.getByRole("slider", { name: "Pain during exercise" })).toHaveAttribute(
      "aria-valuetext",
      "4 out of 10",
    );
  });

  it("submits the answers and the verdict", () => {
    const onSubmit = vi.fn();
    render(<PainCheck rule={threeBandRule} measures={["after"]} defaultReadings={{ after: 7 }} onSubmit={onSubmit} />);
    screen.getByRole("button", { name: "Save check-in" }).click();
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        readings: { after: 7 },
        redFlags: [],
        action: "stop-and-contact",
        verdict: expect.objectContaining({ action: "stop-and-contact", status: "complete" }),
      }),
    );
    expect(screen.getAllByRole("slider")).toHaveLength(1);
  });

  it("speaks Spanish", () => {
    render(
      <MovekitProvider locale="es" messages={es}>
        <PainCheck rule={threeBandRule} defaultReadings={{ during: 0, after: 0 }} />
      </MovekitProvider>,
    );
    expect(screen.getByRole("region", { name: "¿Cómo está tu dolor?" })).toBeInTheDocument();
    expect(screen.getByRole("slider", { name: "Dolor durante el ejercicio" })).toHaveAttribute(
      "aria-valuetext",
      "0 sobre 10, sin dolor",
    );
    expect(screen.getByText("Continúa")).toBeInTheDocument();
    expect(screen.getByText("Sigue como estaba previsto.")).toBeInTheDocument();
  });

  it("server-renders without style attributes (strict CSP) and becomes a set of sliders once hydrated", async () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<PainCheck rule={threeBandRule} />);
    document.body.append(container);
    expect(container.innerHTML).not.toContain("style=");
    expect(within(container).queryAllByRole("slider")).toHaveLength(0);
    expect(within(container).getAllByText("No pain")).toHaveLength(3);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const root = await act(async () => hydrateRoot(container, <PainCheck rule={threeBandRule} />));
    expect(within(container).getAllByRole("slider")).toHaveLength(3);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root.unmount());
    container.remove();
  });
});
