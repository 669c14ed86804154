import type { VideoShortcutAction } from "@movekit/core";
import type { ExerciseVideoActions } from "./video-types";

// Keys a focused control handles itself; a shortcut must not steal them.
export function controlOwnsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  const role = target.getAttribute("role");
  const tag = target.tagName;
  // A range input is the seek bar: it owns the slider keys only, so K, J and L still work on it.
  const slider = role === "slider" || (tag === "INPUT" && (target as HTMLInputElement).type === "range");
  if (slider) return key.startsWith("Arrow") || ["Home", "End", "PageUp", "PageDown"].includes(key);
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target as HTMLElement).isContentEditable) {
    return true;
  }
  if (tag === "BUTTON" || tag === "A" || tag === "SUMMARY" || role === "button") return key === " " || key === "Enter";
  if (role?.startsWith("menuitem")) return true;
  return false;
}

/** Runs a shortcut's action. */
export function runShortcut(action: VideoShortcutAction, actions: ExerciseVideoActions): void {
  if (action.type === "toggle") actions.toggle();
  else if (action.type === "seekBy") actions.seekBy(action.seconds);
  else if (action.type === "fullscreen") actions.requestFullscreen();
  else if (action.type === "captions") actions.toggleCaptions();
  else if (action.type === "mute") actions.toggleMute();
}
