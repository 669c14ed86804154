/** What a player shortcut does. `seekBy` values are seconds. */
export type VideoShortcutAction =
  | { type: "toggle" }
  | { type: "seekBy"; seconds: number }
  | { type: "fullscreen" }
  | { type: "captions" }
  | { type: "mute" };

/** Key (KeyboardEvent.key, lower-cased for letters) → action. Pass your own map to remap or narrow them. */
export type VideoShortcutMap = Readonly<Record<string, VideoShortcutAction>>;

/** The default shortcuts, as in media-chrome and most web players: Space/k, j/l and arrows ±5 s, f, c, m. */
export const DEFAULT_VIDEO_SHORTCUTS: VideoShortcutMap = {
  " ": { type: "toggle" },
  k: { type: "toggle" },
  j: { type: "seekBy", seconds: -5 },
  l: { type: "seekBy", seconds: 5 },
  ArrowLeft: { type: "seekBy", seconds: -5 },
  ArrowRight: { type: "seekBy", seconds: 5 },
  f: { type: "fullscreen" },
  c: { type: "captions" },
  m: { type: "mute" },
};

export interface ShortcutKeyEvent {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** The action for a key press, or `undefined`. Presses with Ctrl, Alt or Meta are left to the browser. */
export function videoShortcutFor(
  event: ShortcutKeyEvent,
  map: VideoShortcutMap = DEFAULT_VIDEO_SHORTCUTS,
): VideoShortcutAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/**
 * The `aria-keyshortcuts` value for the keys that trigger an action (" " is written "Space"), or `undefined`.
 * `matches` picks the actions, e.g. `(a) => a.type === "seekBy" && a.seconds > 0`.
 */
export function keyShortcutsFor(
  matches: (action: VideoShortcutAction) => boolean,
  map: VideoShortcutMap = DEFAULT_VIDEO_SHORTCUTS,
): string | undefined {
  const keys = Object.entries(map)
    .filter(([, action]) => matches(action))
    .map(([key]) => (key === " " ? "Space" : key));
  return keys.length > 0 ? keys.join(" ") : undefined;
}
