// Optional sound: Web Audio tones for phase changes and speech synthesis for the announcements. Created only
// after the person turns sound on (a user gesture, which browsers require for audio), never at import time.
// Loaded on first use (lazy-parts.tsx): only the support check (audio-support.ts) is in the entry.
import { type AudioSupport, audioContextCtor } from "./audio-support";

export type ToneKind = "go" | "rest" | "tick" | "done";

const TONES: Record<ToneKind, { hz: number; ms: number }> = {
  go: { hz: 880, ms: 180 },
  rest: { hz: 440, ms: 300 },
  tick: { hz: 660, ms: 80 },
  done: { hz: 1046, ms: 400 },
};

export interface AudioCues {
  tone(kind: ToneKind): void;
  speak(text: string, lang: string): void;
  close(): void;
}

export function createAudioCues(support: AudioSupport): AudioCues {
  const Ctor = support.tones ? audioContextCtor() : undefined;
  let context: AudioContext | undefined;
  try {
    context = Ctor ? new Ctor() : undefined;
  } catch {
    context = undefined;
  }
  return {
    tone(kind) {
      if (!context) return;
      if (context.state === "suspended") void context.resume().catch(() => {});
      const { hz, ms } = TONES[kind];
      const osc = context.createOscillator();
      const gain = context.createGain();
      const start = context.currentTime;
      osc.frequency.value = hz;
      // A short fade in and out avoids clicks.
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(0.2, start + 0.01);
      gain.gain.linearRampToValueAtTime(0, start + ms / 1000);
      osc.connect(gain).connect(context.destination);
      osc.start(start);
      osc.stop(start + ms / 1000 + 0.02);
    },
    speak(text, lang) {
      if (!support.speech || !text) return;
      const synth = window.speechSynthesis;
      // The newest announcement wins: a queue of stale countdowns would be worse than silence.
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      synth.speak(utterance);
    },
    close() {
      if (support.speech) window.speechSynthesis.cancel();
      void context?.close().catch(() => {});
    },
  };
}
