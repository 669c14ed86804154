import { safetyTiers, tierTokens } from "./tiers";
import type { ColorToken } from "./tokens";

/** Interaction state a pair appears in. Disabled controls are exempt from WCAG contrast, so they are not listed. */
export type InteractionState = "default" | "hover" | "active";

/** `text` needs 4.5:1; `non-text` (boundaries, focus indicators, icons) needs 3:1. */
export type ContrastKind = "text" | "non-text";

export interface ContrastPair {
  foreground: ColorToken;
  background: ColorToken;
  kind: ContrastKind;
  state: InteractionState;
  /** Which side a designer would change to fix a failure; the suggestion adjusts that one. */
  adjust: "foreground" | "background";
  /** Where people meet this pair. */
  usage: string;
}

const pair = (
  foreground: ColorToken,
  background: ColorToken,
  kind: ContrastKind,
  usage: string,
  state: InteractionState = "default",
  adjust: ContrastPair["adjust"] = "foreground",
): ContrastPair => ({ foreground, background, kind, state, adjust, usage });

/** Every foreground/background pairing the components make, checked for each theme in each scheme. */
export const contrastPairs: readonly ContrastPair[] = [
  pair("on-surface", "surface", "text", "body text"),
  pair("on-surface", "surface-muted", "text", "text on panels"),
  pair("on-surface", "surface-hover", "text", "text on a hovered row or ghost button", "hover"),
  pair("on-surface-muted", "surface", "text", "secondary text"),
  pair("on-surface-muted", "surface-muted", "text", "secondary text on panels"),
  pair("accent", "surface", "text", "links and accent text"),
  pair("accent", "surface-muted", "text", "links on panels"),
  pair("accent-hover", "surface", "text", "hovered links", "hover"),
  pair("accent-active", "surface", "text", "pressed links", "active"),
  pair("on-accent", "accent", "text", "primary button label", "default", "background"),
  pair("on-accent", "accent-hover", "text", "primary button label", "hover", "background"),
  pair("on-accent", "accent-active", "text", "primary button label", "active", "background"),
  pair("on-caution", "caution", "text", "caution notice text"),
  pair("on-danger", "danger", "text", "danger notice text"),
  pair("on-success", "success", "text", "success notice text"),
  pair("on-surface", "focus", "text", "text on a focused link's highlight"),
  pair("border", "surface", "non-text", "input and control boundaries"),
  pair("border", "surface-muted", "non-text", "control boundaries on panels"),
  pair("border", "surface-hover", "non-text", "control boundaries when hovered", "hover"),
  pair("caution-border", "caution", "non-text", "caution icon and edge"),
  pair("caution-border", "surface", "non-text", "caution notice boundary"),
  pair("danger-border", "danger", "non-text", "danger icon and edge"),
  pair("danger-border", "surface", "non-text", "danger notice boundary"),
  pair("success-border", "success", "non-text", "success icon and edge"),
  pair("success-border", "surface", "non-text", "success notice boundary"),
  pair("focus-ring", "surface", "non-text", "focus ring"),
  pair("focus-ring", "surface-muted", "non-text", "focus ring on panels"),
  pair("focus-ring", "surface-hover", "non-text", "focus ring on hovered rows", "hover"),
  pair("focus", "focus-ring", "non-text", "focus halo against the ring"),
  pair("focus", "accent", "non-text", "focus halo against an accent control"),
  ...safetyTiers.flatMap((tier) => {
    const t = tierTokens(tier);
    return [
      pair(t.onBand, t.band, "text", `${tier} card heading, tier word and icon`),
      pair(t.onSurface, t.surface, "text", `${tier} card text and call button`),
      pair(t.band, "surface", "non-text", `${tier} card edge`),
    ];
  }),
];
