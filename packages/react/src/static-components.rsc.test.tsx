// The static components must work as React Server Components: importable and renderable under the
// `react-server` condition (no hooks, context or client-only APIs) and shipping no client components.
// Each is rendered with React's own Flight renderer, then turned into HTML by a separate Node process
// (react-dom/server cannot load under `react-server`), exactly as a framework streams RSC into SSR HTML.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { es } from "@movekit/core/locales/es";
import { gluteBridge, withAbsoluteContraindication } from "@movekit/fixtures/exercises";
import type { ReactElement } from "react";
import * as React from "react";
import { renderToReadableStream } from "react-server-dom-parcel/server";
import { describe, expect, it } from "vitest";
import { ContraindicationList } from "./contraindication-list";
import { DosageSummary } from "./dosage-summary";
import { EvidenceList } from "./evidence-list";
import { ExerciseCard } from "./exercise-card";
import { SafetyNotice } from "./safety-notice";

const flightToHtml = fileURLToPath(new URL("./internal/testing/flight-to-html.mjs", import.meta.url));

async function renderFlight(element: ReactElement): Promise<{ payload: string; errors: string[] }> {
  const errors: string[] = [];
  const stream = renderToReadableStream(element, { onError: (error: unknown) => void errors.push(String(error)) });
  return { payload: await new Response(stream).text(), errors };
}

async function renderServerComponent(element: ReactElement): Promise<{ payload: string; html: string }> {
  const { payload, errors } = await renderFlight(element);
  expect(errors).toEqual([]);
  // The child runs without the react-server condition Vitest passes to this worker.
  const html = execFileSync(process.execPath, [flightToHtml], {
    input: payload,
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  return { payload, html };
}

/** What a client component does; React's server build has no useState, so rendering it must fail. */
function ClientOnly() {
  (React as unknown as { useState: (value: number) => unknown }).useState(0);
  return <p>never</p>;
}

/** Client references are rows like `1:I["…"]` in the Flight payload. */
function clientReferences(payload: string): string[] {
  return payload.split("\n").filter((row) => /^[0-9a-f]+:I/.test(row));
}

describe("static components under the react-server condition", () => {
  it("resolves React to its server build, which has no state or context", () => {
    const server = React as unknown as Record<string, unknown>;
    expect(server.useState).toBeUndefined();
    expect(server.createContext).toBeUndefined();
  });

  it("reports a component that uses client-only hooks (the check can fail)", async () => {
    const { errors } = await renderFlight(<ClientOnly />);
    expect(errors.join()).toMatch(/useState is not a function/);
  });

  it("renders DosageSummary", async () => {
    const { payload, html } = await renderServerComponent(
      <DosageSummary dosage={{ sets: 3, reps: 10, perSide: true }} />,
    );
    expect(clientReferences(payload)).toEqual([]);
    expect(html).toContain("3 sets of 10 repetitions on each side");
  });

  it("renders an emergency SafetyNotice with its tier and number in the HTML", async () => {
    const { payload, html } = await renderServerComponent(
      <SafetyNotice severity="emergency" items={["Chest pain while you exercise."]} />,
    );
    expect(clientReferences(payload)).toEqual([]);
    expect(html).toContain('data-severity="emergency"');
    expect(html).toContain('aria-label="Emergency: Call 999 or go to A&amp;E now if:"');
    expect(html).toContain("Chest pain while you exercise.");
    expect(html).toContain('href="tel:999"');
  });

  it("renders ContraindicationList in Spanish", async () => {
    const { payload, html } = await renderServerComponent(
      <ContraindicationList
        contraindications={withAbsoluteContraindication.contraindications}
        locale="es"
        messages={es}
      />,
    );
    expect(clientReferences(payload)).toEqual([]);
    expect(html).toContain("No hagas este ejercicio si:");
    expect(html).toContain("todavía no cargues peso en la cadera");
    expect(html).toContain("Cómo adaptarlo:");
  });

  it("renders EvidenceList with the review date", async () => {
    const { payload, html } = await renderServerComponent(
      <EvidenceList evidence={gluteBridge.evidence} provenance={gluteBridge.provenance} />,
    );
    expect(clientReferences(payload)).toEqual([]);
    expect(html).toContain("Research evidence");
    expect(html).toContain("Reviewed by A. Reviewer, physiotherapist on 15 January 2025.");
  });

  it("renders a linked ExerciseCard with its safety indicator", async () => {
    const { payload, html } = await renderServerComponent(
      <ExerciseCard exercise={withAbsoluteContraindication} href="/exercises/glute-bridge" />,
    );
    expect(clientReferences(payload)).toEqual([]);
    expect(html).toContain('href="/exercises/glute-bridge"');
    expect(html).toContain("Do not do this exercise if… (1 reason): read before starting");
    expect(html).toContain("Has 4 cautions: read before starting");
  });

  it("renders an ExerciseCard composed from parts with the host's link through asChild", async () => {
    const { payload, html } = await renderServerComponent(
      <ExerciseCard.Root variant="compact">
        <ExerciseCard.Title asChild>
          <a href="/exercises/glute-bridge">Glute bridge</a>
        </ExerciseCard.Title>
        <ExerciseCard.Safety exercise={gluteBridge} />
      </ExerciseCard.Root>,
    );
    expect(clientReferences(payload)).toEqual([]);
    expect(html).toMatch(/<a href="\/exercises\/glute-bridge" class="mk-exercise-card__link"/);
    expect(html).toContain("Has 4 cautions: read before starting");
  });
});
