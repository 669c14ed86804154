// The visual suite's page geometry, shared by the test and the Vitest project (whose browser window must be tall
// enough for the stacked themes: the test iframe is scaled down, and screenshots shrink, when it does not fit).
export const THEMES = ["default", "dark", "high-contrast"] as const;
export const WIDTHS = [1280, 320] as const;
/**
 * Each theme's panel is cut here, about a first screen: a laptop's below its browser bar, a phone's at 320 px. What a person sees first is compared; the rest of a long page is left to the
 * behaviour tests. Screenshot time grows with the picture's area, so this is the suite's main speed lever
 * (docs/contributing.md, "Visual regression", has the measurements).
 */
export const PANEL_MAX_HEIGHT: Record<number, number> = { 1280: 600, 320: 640 };
/**
 * Screenshots are taken at 0.35 of full resolution: a moved block, a changed colour or a changed word still shows
 * (the comparison tolerates only a handful of pixels), at an eighth of the bytes and comparison time, and the
 * committed baselines stay under 15 MB. Pictures for people are in docs/images/, at full resolution.
 */
export const DEVICE_SCALE_FACTOR = 0.35;
/** Label row plus panel, three times, with room to spare. */
export const VIEWPORT_HEIGHT: Record<number, number> = {
  1280: 3 * (PANEL_MAX_HEIGHT[1280] as number) + 120,
  320: 3 * (PANEL_MAX_HEIGHT[320] as number) + 120,
};
export const WINDOW = { width: 1280, height: Math.max(...Object.values(VIEWPORT_HEIGHT)) };

declare module "vitest" {
  export interface ProvidedContext {
    /** The running Chromium's major version, for the visual project (vitest.config.ts). */
    chromiumMajor: string;
  }
}
