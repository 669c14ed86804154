import { es } from "@movekit/core/locales/es";
import { gluteBridge } from "@movekit/fixtures/exercises";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EvidenceList } from "./evidence-list";

describe("EvidenceList", () => {
  it("marks each claim as research evidence or clinical advice in words", () => {
    render(<EvidenceList evidence={gluteBridge.evidence} />);
    const items = within(screen.getByRole("list", { name: "Evidence" })).getAllByRole("listitem", {
      name: undefined,
    });
    const claims = items.filter((item) => item.getAttribute("data-slot") === "evidence");
    expect(claims.map((item) => item.getAttribute("data-kind"))).toEqual(["evidence", "advice"]);
    expect(claims[0]).toHaveTextContent("Research evidence");
    expect(claims[0]).toHaveTextContent("Bridging works the gluteus maximus.");
    expect(claims[1]).toHaveTextContent("Clinical advice, not research evidence");
  });

  it("links references and DOIs", () => {
    render(<EvidenceList evidence={gluteBridge.evidence} />);
    expect(screen.getByRole("link", { name: /A study of hip extension exercises/ })).toHaveAttribute(
      "href",
      "https://example.org/hip-extension",
    );
    expect(screen.getByRole("link", { name: "DOI 10.1000/example.2020.001" })).toHaveAttribute(
      "href",
      "https://doi.org/10.1000/example.2020.001",
    );
  });

  it("does not link a reference whose URL is unsafe", () => {
    render(
      <EvidenceList
        evidence={[
          {
            claim: { "en-GB": "A claim." },
            kind: "evidence",
            source: "test",
            references: [{ citation: "Bad link paper.", url: "javascript:alert(1)" }],
          },
        ]}
      />,
    );
    expect(screen.getByText("Bad link paper.")).toBeInTheDocument();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("shows author, reviewer, review dates and licence, formatted for the locale", () => {
    const { rerender } = render(<EvidenceList evidence={[]} provenance={gluteBridge.provenance} />);
    const note = screen.getByText(/Reviewed by/).closest('[data-slot="provenance"]');
    expect(note).toHaveTextContent(
      "Written by Movekit fixtures. Reviewed by A. Reviewer, physiotherapist on 15 January 2025. Next review due 15 January 2026. Licence: CC-BY-4.0.",
    );
    expect(screen.getByRole("link", { name: "Licence: CC-BY-4.0." })).toHaveAttribute("rel", "license");
    rerender(<EvidenceList evidence={[]} provenance={gluteBridge.provenance} locale="en-US" />);
    expect(screen.getByText(/Reviewed by/)).toHaveTextContent("on January 15, 2025.");
    rerender(<EvidenceList evidence={[]} provenance={gluteBridge.provenance} locale="es" messages={es} />);
    expect(screen.getByText(/Revisado por/)).toHaveTextContent("el 15 de enero de 2025.");
  });

  it('shows draft content as "Not yet clinically reviewed", in Spanish too, and never names a reviewer', () => {
    const draft = { status: "draft", author: "Movekit content team", licence: "CC-BY-4.0" } as const;
    const { container, rerender } = render(<EvidenceList evidence={[]} provenance={draft} />);
    const note = container.querySelector('[data-slot="provenance"]');
    expect(note).toHaveAttribute("data-review-status", "draft");
    expect(note).toHaveTextContent("Written by Movekit content team. Not yet clinically reviewed. Licence: CC-BY-4.0.");
    expect(note).not.toHaveTextContent(/Reviewed by|Next review/);
    rerender(<EvidenceList evidence={[]} provenance={draft} locale="es" messages={es} />);
    expect(screen.getByText("Pendiente de revisión clínica.")).toBeInTheDocument();
    expect(container.querySelector('[data-slot="provenance"]')).not.toHaveTextContent(/Revisado por/);
  });

  it("marks reviewed content as reviewed", () => {
    const { container } = render(<EvidenceList evidence={[]} provenance={gluteBridge.provenance} />);
    expect(container.querySelector('[data-slot="provenance"]')).toHaveAttribute("data-review-status", "reviewed");
    expect(screen.queryByText(/Not yet clinically reviewed/)).toBeNull();
  });
});
