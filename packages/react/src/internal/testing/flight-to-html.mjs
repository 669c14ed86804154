// Turns a React Server Components (Flight) payload on stdin into HTML on stdout, the way a framework's SSR
// layer does. It runs in its own Node process because react-dom/server refuses to load under the
// `react-server` condition that the components themselves are rendered with.

import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { renderToString } from "react-dom/server";
import { createFromNodeStream } from "react-server-dom-parcel/client.node";

const payload = await text(process.stdin);
// The whole payload is here already, so the tree resolves at once and renders without suspending.
const tree = await createFromNodeStream(Readable.from([Buffer.from(payload)]));
process.stdout.write(renderToString(tree));
