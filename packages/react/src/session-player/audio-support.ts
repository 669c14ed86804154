// What the browser can do for the optional sound, checked after mount (never at import time).

export interface AudioSupport {
  tones: boolean;
  speech: boolean;
}

type AudioContextCtor = typeof AudioContext;

export function audioContextCtor(): AudioContextCtor | undefined {
  if (typeof window === "undefined") return undefined;
  const w = window as unknown as { AudioContext?: AudioContextCtor; webkitAudioContext?: AudioContextCtor };
  return w.AudioContext ?? w.webkitAudioContext;
}

/** What this browser can do; both false on the server. */
export function detectAudioSupport(): AudioSupport {
  return {
    tones: audioContextCtor() !== undefined,
    speech:
      typeof window !== "undefined" && "speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function",
  };
}
