// ReturnToRunPlan is static: it must render as a React Server Component, with no client references.

import { runningPlanFixture } from "@movekit/fixtures/programmes";
import { renderToReadableStream } from "react-server-dom-parcel/server";
import { describe, expect, it } from "vitest";
import { ReturnToRunPlan } from "./return-to-run-plan";

describe("ReturnToRunPlan under the react-server condition", () => {
  it("renders on the server with no client references", async () => {
    const errors: string[] = [];
    const stream = renderToReadableStream(<ReturnToRunPlan plan={runningPlanFixture} />, {
      onError: (error: unknown) => void errors.push(String(error)),
    });
    const payload = await new Response(stream).text();
    expect(errors).toEqual([]);
    expect(payload.split("\n").filter((row) => /^[0-9a-f]+:I/.test(row))).toEqual([]);
    expect(payload).toContain("Checks on this plan");
    expect(payload).toContain("run-plan-flag");
  });
});
