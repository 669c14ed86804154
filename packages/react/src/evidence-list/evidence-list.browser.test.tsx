import { gluteBridge } from "@movekit/fixtures/exercises";
import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { atViewportWidth, axeViolations, horizontalOverflow } from "../internal/testing/browser";
import { EvidenceList } from "./evidence-list";

afterEach(() => atViewportWidth(1024, 768));

describe("EvidenceList in Chromium", () => {
  it("reaches reference, DOI and licence links by keyboard", async () => {
    render(<EvidenceList evidence={gluteBridge.evidence} provenance={gluteBridge.provenance} />);
    const reached: string[] = [];
    for (let i = 0; i < 3; i++) {
      await userEvent.tab();
      reached.push(document.activeElement?.getAttribute("href") ?? "");
    }
    expect(reached).toEqual([
      "https://example.org/hip-extension",
      "https://doi.org/10.1000/example.2020.001",
      "https://creativecommons.org/licenses/by/4.0/",
    ]);
  });

  it("reflows at 320 px and passes axe", async () => {
    await atViewportWidth(320);
    const { container } = render(
      <main>
        <EvidenceList evidence={gluteBridge.evidence} provenance={gluteBridge.provenance} />
      </main>,
    );
    expect(horizontalOverflow(container)).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });
});
