import { type RefObject, useEffect, useRef, useState } from "react";
import { useControllableState } from "../internal/use-controllable-state";
import type { AudioCues } from "./audio-cues";
import { type AudioSupport, detectAudioSupport } from "./audio-support";
import { loadAudioCues } from "./lazy-parts";

export interface SessionSound {
  /** The browser can play tones or speak: only then is the switch shown. */
  available: boolean;
  on: boolean;
  toggle(): void;
  /** The live audio cues while sound is on, else null. */
  audio: RefObject<AudioCues | null>;
}

/** Sound: detected after mount (server and first client render agree), created on the person's click. */
export function useSessionSound(
  sound: boolean | undefined,
  defaultSound: boolean,
  onSoundChange: ((on: boolean) => void) | undefined,
): SessionSound {
  const [support, setSupport] = useState<AudioSupport | null>(null);
  useEffect(() => setSupport(detectAudioSupport()), []);
  const [on, setOn] = useControllableState(sound, defaultSound, onSoundChange, { name: "SessionPlayer `sound`" });
  const available = support !== null && (support.tones || support.speech);
  const audio = useRef<AudioCues | null>(null);
  useEffect(() => {
    if (!on || !support || !available) return;
    let cues: AudioCues | null = null;
    let off = false;
    // Preloaded after first paint, so this is normally already here; without its code the session runs silent,
    // as in a browser with no audio.
    loadAudioCues()
      .then(({ createAudioCues }) => {
        if (off) return;
        cues = createAudioCues(support);
        audio.current = cues;
      })
      .catch(() => undefined);
    return () => {
      off = true;
      cues?.close();
      if (audio.current === cues) audio.current = null;
    };
  }, [on, support, available]);
  return { available, on: on && available, toggle: () => setOn((value) => !value), audio };
}
