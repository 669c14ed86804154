export {
  type CheckContrastOptions,
  type ContrastCheck,
  type ContrastReport,
  checkContrast,
  mergeReports,
} from "./check-contrast";
export { colorDifference, contrastRatio, type OklchColor, parseColor, toHex, toOklch } from "./color";
export { CONTRAST_MINIMUM, checkPair, formatRatio, meetsContrast, nearestPassingColor } from "./contrast";
export { type ContrastKind, type ContrastPair, contrastPairs, type InteractionState } from "./contrast-pairs";
export {
  type CreateThemeSettings,
  createTheme,
  type Theme,
  type ThemeOptions,
  ThemeOptionsError,
  type ThemeReport,
} from "./create-theme";
export { type SchemeMode, themeSelector } from "./css";
export { darkColors, highContrastColors, highContrastMinimum, lightColors } from "./themes/builtin";
export { type ThemeName, themeCatalog } from "./themes/catalog";
export { type ClinicPresetName, clinicPresets } from "./themes/presets";
export {
  alarmTiers,
  checkTiers,
  darkTiers,
  highContrastTiers,
  lightTiers,
  type SafetyTier,
  safetyTiers,
  TIER_MIN_DIFFERENCE,
  type TierCheck,
  type TierColors,
  type TierReport,
  tierColors,
  tierTokens,
} from "./tiers";
export {
  type ColorScheme,
  type ColorToken,
  colorTokens,
  cssVar,
  type Density,
  type RadiusPreset,
  type ThemeColors,
} from "./tokens";
