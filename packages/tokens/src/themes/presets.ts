import type { ThemeOptions } from "../create-theme";

/**
 * Example clinic themes, built with createTheme like a clinic's own would be. Fictional clinics; the point is the
 * range: a cool teal, a plum with a serif face, and a dark theme with a warm orange.
 */
export const clinicPresets = {
  coastal: { name: "coastal", brand: "#00707a", radius: "large" },
  heritage: { name: "heritage", brand: "#7a2e62", neutral: "#6b645c", font: "serif", radius: "small" },
  midnight: { name: "midnight", brand: "#f28c28", neutral: "#3a4656", scheme: "dark", density: "comfortable" },
} as const satisfies Record<string, ThemeOptions & { name: string }>;

export type ClinicPresetName = keyof typeof clinicPresets;
