/** Names of the CSS custom properties every Movekit theme defines. */
export const colorTokens = [
  "surface",
  "on-surface",
  "surface-muted",
  "on-surface-muted",
  "border",
  "accent",
  "on-accent",
  "caution",
  "on-caution",
  "caution-border",
  "danger",
  "on-danger",
  "danger-border",
  "success",
  "on-success",
  "success-border",
  "focus",
  "focus-ring",
] as const;

export type ColorToken = (typeof colorTokens)[number];

/** `cssVar("accent")` → `var(--mk-color-accent)`. */
export function cssVar(token: ColorToken): string {
  return `var(--mk-color-${token})`;
}
