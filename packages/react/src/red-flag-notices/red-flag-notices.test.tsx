import { es } from "@movekit/core/locales/es";
import { emergencyRedFlag, gluteBridge } from "@movekit/fixtures/exercises";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RedFlagNotices } from "./red-flag-notices";

describe("RedFlagNotices", () => {
  it("groups red flags into one notice per urgency, most urgent first, each sign with its action", () => {
    render(<RedFlagNotices redFlags={[...gluteBridge.redFlags].reverse()} />);
    const notices = screen.getAllByRole("region");
    expect(notices.map((notice) => notice.getAttribute("data-severity"))).toEqual([
      "emergency",
      "stop-exercising",
      "non-urgent",
    ]);
    expect(within(notices[0] as HTMLElement).getByRole("listitem")).toHaveTextContent(
      "Chest pain or sudden breathlessness while you exercise. Stop and call for help now.",
    );
  });

  it("renders nothing without red flags", () => {
    const { container } = render(<RedFlagNotices redFlags={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("marks English text shown to a Spanish reader", () => {
    render(
      <RedFlagNotices
        locale="es"
        messages={es}
        redFlags={[{ ...emergencyRedFlag, text: { "en-GB": "Chest pain." } }]}
      />,
    );
    const text = screen.getByText("Chest pain.", { exact: false });
    expect(text).toHaveAttribute("lang", "en-GB");
    expect(text).toHaveTextContent("Chest pain. (en inglés)");
  });
});
