// The part of React's Flight server the RSC test uses (the package ships no types).
declare module "react-server-dom-parcel/server" {
  import type { ReactNode } from "react";
  export function renderToReadableStream(
    model: ReactNode,
    options?: { onError?: (error: unknown) => void },
  ): ReadableStream<Uint8Array>;
}
