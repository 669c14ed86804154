import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as React from "react";
import { renderToReadableStream } from "react-server-dom-parcel/server";
import { expect, it } from "vitest";

function Hello() {
  return (
    <p>
      hello <b>x</b>
    </p>
  );
}
function Hooky() {
  (React as any).useState(1);
  return <p>h</p>;
}
it("probe", async () => {
  const payload = await new Response(renderToReadableStream(<Hello />)).text();
  console.log("payload", payload);
  const html = execFileSync(
    process.execPath,
    [fileURLToPath(new URL("./testing/flight-to-html.mjs", import.meta.url))],
    { input: payload, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } },
  );
  console.log("html", html);
  const errs: unknown[] = [];
  const p2 = await new Response(
    renderToReadableStream(<Hooky />, {
      onError: (e: unknown) => {
        errs.push(String(e));
      },
    }),
  ).text();
  console.log("hooky", p2, errs);
  expect(1).toBe(1);
});
