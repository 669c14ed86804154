// Turns a React Server Components (Flight) payload on stdin into HTML on stdout, as a framework's SSR layer
// does. It runs in its own Node process because react-dom/server refuses to load under the `react-server`
// condition that the components themselves are rendered with.
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { renderToString } from "react-dom/server";
import { createFromNodeStream } from "react-server-dom-parcel/client.node";

// The Parcel client loads client components through this global. Static components must ship none,
// so any attempt to load one fails loudly; `meta` only serves dev source-map lookups.
globalThis.parcelRequire = Object.assign(
  (id) => {
    throw new Error(`Unexpected client component in a static render: ${id}`);
  },
  { meta: { devServer: null }, load: () => Promise.reject(new Error("Unexpected client chunk")) },
);

const payload = await text(process.stdin);
// The whole payload is already here, so the tree resolves at once and renders without suspending.
const tree = await createFromNodeStream(Readable.from([Buffer.from(payload)]));
process.stdout.write(renderToString(tree));
