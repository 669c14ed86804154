import { type RefObject, useEffect, useRef, useState } from "react";
import { useControllableState } from "../internal/use-controllable-state";
import { type AudioCues, type AudioSupport, createAudioCues, detectAudioSupport } from "./audio-cues";

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
    audio.current = createAudioCues(support);
    return () => {
      audio.current?.close();
      audio.current = null;
    };
  }, [on, support, available]);
  return { available, on: on && available, toggle: () => setOn((value) => !value), audio };
}
