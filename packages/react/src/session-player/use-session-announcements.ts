import type { Locale, Translator } from "@movekit/core";
import {
  displaySeconds,
  phaseAnnouncement,
  phaseKey,
  type SessionState,
  shouldAnnounceCountdown,
} from "@movekit/core/session";
import { type RefObject, useEffect, useRef } from "react";
import type { AudioCues } from "./audio-cues";

/**
 * Says what changed through the one live region (and aloud, with sound on): each new phase, and a few marks of a
 * countdown (20, 10, 5 s left), never every second. The words come from core.
 */
export function useSessionAnnouncements(
  state: SessionState,
  exerciseName: string,
  remainingMs: number | null,
  announce: (text: string) => void,
  audio: RefObject<AudioCues | null>,
  t: Translator,
  locale: Locale | string,
): void {
  const { stage } = state;
  const lastKey = useRef<string | null>(null);
  const key = phaseKey(state);
  useEffect(() => {
    if (key === null || key === lastKey.current) return;
    const text = phaseAnnouncement(state, exerciseName, t, locale, lastKey.current);
    lastKey.current = key;
    if (!text) return;
    announce(text);
    audio.current?.speak(text, locale);
    if (stage.kind === "work") audio.current?.tone("go");
    else if (stage.kind === "rest") audio.current?.tone("rest");
    else if (stage.kind === "feedback") audio.current?.tone("done");
  });

  const shownSeconds = remainingMs === null ? null : displaySeconds(remainingMs);
  const lastSeconds = useRef<number | null>(null);
  useEffect(() => {
    const before = lastSeconds.current;
    lastSeconds.current = shownSeconds;
    if (shownSeconds === null || before === null || state.paused || state.painPrompt) return;
    if (shouldAnnounceCountdown(before, shownSeconds)) {
      const text = t("session.say.countdown", { count: shownSeconds });
      announce(text);
      audio.current?.speak(text, locale);
    }
    if (stage.kind === "rest" && shownSeconds < before && shownSeconds <= 3 && shownSeconds > 0) {
      audio.current?.tone("tick");
    }
  }, [shownSeconds, state.paused, state.painPrompt, stage.kind, t, locale, announce, audio]);
}
