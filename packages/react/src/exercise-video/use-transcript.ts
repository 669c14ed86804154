import { isSafeUrl } from "@movekit/core";
import { parseWebVtt, type WebVttCue } from "@movekit/core/video";
import { useEffect, useState } from "react";

export interface TranscriptState {
  status: "idle" | "loading" | "ready" | "error";
  lines: WebVttCue[];
}

/** How long a caption file may take to arrive before captions count as failed: 10 s (a caption file is a few kB). */
export const CAPTION_TIMEOUT_MS = 10_000;

export interface TranscriptOptions {
  /** Give up (status "error") when the file has not arrived by then. @default CAPTION_TIMEOUT_MS */
  timeoutMs?: number;
  /** The video's length: a cue ending after it makes the file invalid. */
  durationSeconds?: number;
}

/**
 * Fetches a WebVTT captions file and parses it to plain-text lines (never HTML). Failures (network, 404, not
 * WebVTT or invalid, too large, unsafe URL, no answer within `timeoutMs`) end in `status: "error"` without
 * throwing or logging.
 */
export function useTranscript(
  src: string | undefined,
  enabled: boolean,
  crossOrigin?: string,
  options: TranscriptOptions = {},
): TranscriptState {
  const { timeoutMs = CAPTION_TIMEOUT_MS, durationSeconds } = options;
  const [state, setState] = useState<TranscriptState>({ status: "idle", lines: [] });
  useEffect(() => {
    if (!enabled || !src) return;
    if (!isSafeUrl(src) || typeof fetch === "undefined") {
      setState({ status: "error", lines: [] });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ status: "loading", lines: previous.lines }));
    // A server that never answers must not leave "Loading…" for ever: give up, abort, and say so.
    const timer = setTimeout(() => {
      controller.abort();
      setState({ status: "error", lines: [] });
    }, timeoutMs);
    const credentials: RequestCredentials = crossOrigin === "use-credentials" ? "include" : "same-origin";
    fetch(src, { signal: controller.signal, credentials })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .then((text) => {
        const result = parseWebVtt(text, { durationSeconds });
        if (!result.ok) throw new Error(result.errors[0]?.message);
        if (!controller.signal.aborted) setState({ status: "ready", lines: result.cues });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: "error", lines: [] });
      })
      .finally(() => clearTimeout(timer));
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [src, enabled, crossOrigin, timeoutMs, durationSeconds]);
  return state;
}
