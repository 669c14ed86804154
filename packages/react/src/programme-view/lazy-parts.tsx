import { lazyPart } from "../internal/lazy-part";

// The handout's QR codes are print-only, so their encoder (uqr) is split off the entry (issue #17). The URL is
// printed in words beside each code, so a page printed before the code arrives still says where the video is.

/** A QR code for a printed handout. */
export const LazyQrCode = lazyPart(() => import("./qr-code").then((m) => m.QrCode));

/** Loads ProgrammeView's lazy parts; the view calls it after first paint, tests may await it before rendering. */
export function preloadProgrammeView(): Promise<unknown> {
  return LazyQrCode.preload();
}
