// The visual suite's page geometry, shared by the test and the Vitest project (whose browser window must be tall
// enough for the stacked themes: the test iframe is scaled down, and screenshots shrink, when it does not fit).
export const THEMES = ["default", "dark", "high-contrast"] as const;
export const WIDTHS = [1280, 320] as const;
/**
 * Each theme's panel is cut here, about a screen and a half: what a person sees first is compared, the rest of a
 * long page is left to the behaviour tests. Keeps the committed baselines small and the suite fast.
 */
export const PANEL_MAX_HEIGHT: Record<number, number> = { 1280: 1000, 320: 1400 };
/**
 * Screenshots are taken at half resolution: a moved block, a changed colour or a reflowed line still shows, at a
 * quarter of the bytes and comparison time. (Pictures for people are in docs/images/, at full resolution.)
 */
export const DEVICE_SCALE_FACTOR = 0.5;
/** Label row plus panel, three times, with room to spare. */
export const VIEWPORT_HEIGHT: Record<number, number> = {
  1280: 3 * (PANEL_MAX_HEIGHT[1280] as number) + 200,
  320: 3 * (PANEL_MAX_HEIGHT[320] as number) + 200,
};
export const WINDOW = { width: 1280, height: Math.max(...Object.values(VIEWPORT_HEIGHT)) };
