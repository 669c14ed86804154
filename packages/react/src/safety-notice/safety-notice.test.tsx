import { es } from "@movekit/core/locales/es";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SafetyNotice } from "./safety-notice";

describe("SafetyNotice", () => {
  it("names the block with its tier in words, the action heading and the local emergency number", () => {
    render(<SafetyNotice severity="emergency" items={["Chest pain."]} />);
    const block = screen.getByRole("region", { name: "Emergency: Call 999 or go to A&E now if:" });
    expect(block).toHaveAttribute("data-severity", "emergency");
    expect(block).toHaveAttribute("data-slot", "safety-notice");
    expect(within(block).getByRole("heading", { level: 3 })).toHaveTextContent(
      "Emergency: Call 999 or go to A&E now if:",
    );
    expect(within(block).getByRole("listitem")).toHaveTextContent("Chest pain.");
    expect(within(block).getByRole("link", { name: "Call 999" })).toHaveAttribute("href", "tel:999");
  });

  it("shows the tier as visible text, not only colour, and says it once to screen readers", () => {
    render(<SafetyNotice severity="urgent" />);
    const label = screen.getByText("Urgent", { selector: "[data-slot='safety-notice-tier']" });
    expect(label).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByText("Urgent:")).toHaveClass("mk-visually-hidden");
    expect(screen.queryByRole("link")).toBeNull();
  });

  it.each([
    ["en-US", "Emergency: Call 911 or go to the emergency room now if:"],
    ["es", "Emergencia: Llama al 112 o ve a urgencias ahora si:"],
  ])("uses the %s emergency number and wording", (locale, name) => {
    render(<SafetyNotice severity="emergency" locale={locale} messages={es} />);
    expect(screen.getByRole("region", { name })).toBeInTheDocument();
  });

  it("prefers the clinic's number and a custom heading", () => {
    render(
      <SafetyNotice
        severity="emergency"
        heading="Call the ward now if:"
        emergencyNumbers={{ "en-GB": "01234 567890" }}
      />,
    );
    expect(screen.getByRole("region", { name: "Emergency: Call the ward now if:" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Call 01234 567890" })).toHaveAttribute("href", "tel:01234567890");
  });

  it("gives every tier a different name", () => {
    render(
      <>
        <SafetyNotice severity="non-urgent" />
        <SafetyNotice severity="stop-exercising" />
      </>,
    );
    expect(screen.getByRole("region", { name: /^Non-urgent: Speak to your physiotherapist/ })).toBeInTheDocument();
    expect(
      screen.getByRole("region", { name: /^Stop exercising: Stop exercising straight away if:/ }),
    ).toBeInTheDocument();
  });
});
