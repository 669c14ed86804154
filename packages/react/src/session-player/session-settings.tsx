import type { Translator } from "@movekit/core";
import { SessionButton } from "./session-button";
import type { SessionSound } from "./use-session-sound";
import type { WakeLockState } from "./use-wake-lock";

export interface SessionSettingsProps {
  sound: SessionSound;
  wakeLock: WakeLockState;
  t: Translator;
}

/**
 * The sound switch (shown only where the browser can play tones or speak) and a note while the screen is kept on.
 * @selector [data-slot="sound-toggle"][aria-pressed]
 */
export function SessionSettings({ sound, wakeLock, t }: SessionSettingsProps) {
  if (!sound.available) return null;
  return (
    <div className="mk-session-player__settings" data-slot="session-settings">
      <SessionButton slot="sound-toggle" aria-pressed={sound.on} onClick={sound.toggle}>
        {t("session.sound")}
      </SessionButton>
      {wakeLock === "on" && <p className="mk-session-player__wake-lock">{t("session.wakeLock")}</p>}
    </div>
  );
}
