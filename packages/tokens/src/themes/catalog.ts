/** Every theme @movekit/tokens ships, by its `data-mk-theme` value. */
export const themeCatalog = [
  { name: "default", label: "Default (light)", file: "tokens.css" },
  { name: "dark", label: "Dark", file: "themes/dark.css" },
  { name: "high-contrast", label: "High contrast", file: "themes/high-contrast.css" },
  { name: "auto", label: "Auto (follows the device)", file: "themes/auto.css" },
  { name: "coastal", label: "Clinic: Coastal (teal)", file: "themes/coastal.css" },
  { name: "heritage", label: "Clinic: Heritage (plum, serif)", file: "themes/heritage.css" },
  { name: "midnight", label: "Clinic: Midnight (dark, orange)", file: "themes/midnight.css" },
] as const;

export type ThemeName = (typeof themeCatalog)[number]["name"];
