// The CSS files @movekit/tokens ships, generated from the TypeScript sources (scripts/build-css.mjs writes them;
// css-files.test.ts checks the committed copies are current). Refuses to produce a theme that fails contrast.
import { type ContrastReport, checkContrast } from "./check-contrast";
import { createTheme } from "./create-theme";
import { baseTokensCss, GENERATED_NOTE, themeCss } from "./css";
import {
  darkColors,
  highContrastColors,
  highContrastFoundation,
  highContrastMinimum,
  lightColors,
} from "./themes/builtin";
import { clinicPresets } from "./themes/presets";

function assertPasses(theme: string, report: ContrastReport): void {
  if (!report.ok) {
    throw new Error(`Theme "${theme}" fails contrast:\n${report.failures.map((f) => `  ${f.message}`).join("\n")}`);
  }
}

/** File path (relative to packages/tokens/css) → contents. */
export function generateCssFiles(): Record<string, string> {
  assertPasses("default", checkContrast(lightColors, { scheme: "light" }));
  assertPasses("dark", checkContrast(darkColors, { scheme: "dark" }));
  assertPasses("high-contrast", checkContrast(highContrastColors, { minimum: highContrastMinimum }));
  const files: Record<string, string> = {
    "tokens.css": baseTokensCss(lightColors),
    "themes/dark.css": themeCss({
      name: "dark",
      scheme: "dark",
      light: lightColors,
      dark: darkColors,
      description: "Movekit dark theme.",
      builtIn: true,
    }),
    "themes/high-contrast.css": themeCss({
      name: "high-contrast",
      scheme: "light",
      light: highContrastColors,
      dark: highContrastColors,
      foundation: highContrastFoundation,
      description: "Movekit high-contrast theme: 7:1 text, 4.5:1 boundaries, thicker lines.",
      builtIn: true,
    }),
    "themes/auto.css": themeCss({
      name: "auto",
      scheme: "auto",
      light: lightColors,
      dark: darkColors,
      description: "Movekit automatic theme: light or dark following prefers-color-scheme.",
      builtIn: true,
    }),
  };
  for (const preset of Object.values(clinicPresets)) {
    const theme = createTheme(preset);
    assertPasses(preset.name, theme.report);
    // Presets are createTheme output; the header says so, plus that the committed copy is regenerated.
    files[`themes/${preset.name}.css`] = theme.css.replace(" */\n", ` Example clinic preset. ${GENERATED_NOTE} */\n`);
  }
  return files;
}
