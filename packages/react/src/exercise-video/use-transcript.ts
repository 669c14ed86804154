import { isSafeUrl, parseWebVtt, type WebVttCue } from "@movekit/core";
import { useEffect, useState } from "react";

export interface TranscriptState {
  status: "idle" | "loading" | "ready" | "error";
  lines: WebVttCue[];
}

// A caption file is a few kB; anything far bigger is not one (or is hostile), so it is refused.
const MAX_VTT_CHARS = 1_000_000;

/**
 * Fetches a WebVTT captions file and parses it to plain-text lines (never HTML). Failures (network, 404, not
 * WebVTT, unsafe URL) end in `status: "error"` without throwing or logging.
 */
export function useTranscript(src: string | undefined, enabled: boolean, crossOrigin?: string): TranscriptState {
  const [state, setState] = useState<TranscriptState>({ status: "idle", lines: [] });
  useEffect(() => {
    if (!enabled || !src) return;
    if (!isSafeUrl(src) || typeof fetch === "undefined") {
      setState({ status: "error", lines: [] });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ status: "loading", lines: previous.lines }));
    const credentials: RequestCredentials = crossOrigin === "use-credentials" ? "include" : "same-origin";
    fetch(src, { signal: controller.signal, credentials })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((text) => {
        if (text.length > MAX_VTT_CHARS) throw new Error("caption file too large");
        const result = parseWebVtt(text);
        if (!result.ok) throw new Error(result.errors[0]?.message);
        setState({ status: "ready", lines: result.cues });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: "error", lines: [] });
      });
    return () => controller.abort();
  }, [src, enabled, crossOrigin]);
  return state;
}
