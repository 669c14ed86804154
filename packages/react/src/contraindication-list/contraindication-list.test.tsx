import { es } from "@movekit/core/locales/es";
import { withAbsoluteContraindication } from "@movekit/fixtures/exercises";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ContraindicationList } from "./contraindication-list";

describe("ContraindicationList", () => {
  it("lists absolute contraindications first, under a heading that says not to do the exercise", () => {
    render(<ContraindicationList contraindications={withAbsoluteContraindication.contraindications} />);
    const groups = screen.getAllByRole("region");
    expect(groups.map((group) => group.getAttribute("data-severity"))).toEqual(["absolute", "relative"]);
    const absolute = screen.getByRole("region", { name: "Do not do this exercise if:" });
    expect(within(absolute).getByRole("heading", { level: 3 })).toHaveTextContent("Do not do this exercise if:");
    expect(within(absolute).getByRole("listitem")).toHaveTextContent("not to put weight through your hip yet");
  });

  it("gives each relative contraindication its modification", () => {
    render(<ContraindicationList contraindications={withAbsoluteContraindication.contraindications} />);
    const relative = screen.getByRole("region", { name: "Ask your clinician first, or change the exercise, if:" });
    const item = within(relative).getByRole("listitem");
    expect(item).toHaveTextContent("Back pain that gets worse as you lift.");
    expect(item).toHaveTextContent("How to change it: Lift only halfway.");
    expect(item).toHaveAttribute("data-contraindication", "back-pain-worse");
  });

  it("states a reviewed absence of contraindications with reviewer and date", () => {
    render(
      <ContraindicationList
        locale="es"
        messages={es}
        noContraindications={{ reviewer: "Dra. Ruiz", reviewedOn: "2025-03-02" }}
      />,
    );
    const group = screen.getByRole("region", { name: "No se conocen motivos para evitar este ejercicio." });
    expect(group).toHaveAttribute("data-severity", "none");
    expect(group).toHaveTextContent("Revisado por Dra. Ruiz el 2 de marzo de 2025.");
  });

  it("renders no groups when given nothing", () => {
    render(<ContraindicationList />);
    expect(screen.queryByRole("region")).toBeNull();
  });
});
