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
import { checkTiers, type TierReport } from "./tiers";

function assertPasses(theme: string, ...reports: Array<ContrastReport | TierReport>): void {
  const failures = reports.flatMap((r): Array<{ message: string }> => r.failures);
  if (failures.length > 0) {
    throw new Error(`Theme "${theme}" fails its checks:\n${failures.map((f) => `  ${f.message}`).join("\n")}`);
  }
}

/** File path (relative to packages/tokens/css) → contents. */
export function generateCssFiles(): Record<string, string> {
  assertPasses("default", checkContrast(lightColors, { scheme: "light" }), checkTiers(lightColors));
  assertPasses("dark", checkContrast(darkColors, { scheme: "dark" }), checkTiers(darkColors, { scheme: "dark" }));
  assertPasses(
    "high-contrast",
    checkContrast(highContrastColors, { minimum: highContrastMinimum }),
    checkTiers(highContrastColors),
  );
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
    const { css, report } = createTheme(preset);
    if (css === undefined) throw new Error(`Preset "${preset.name}" fails:\n  ${report.problems.join("\n  ")}`);
    // Presets are createTheme output; the header says so, plus that the committed copy is regenerated.
    files[`themes/${preset.name}.css`] = css.replace(" */\n", ` Example clinic preset. ${GENERATED_NOTE} */\n`);
  }
  return files;
}
