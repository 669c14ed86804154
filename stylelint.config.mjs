// Component CSS is built only from design tokens (docs/theming.md, "Building components from tokens"): a raw
// length, colour or duration here would not follow a theme, density or reduced motion. Token files are exempt.
/** Units that fix a size or time instead of reading a token. `em`, `ch`, `%`, `fr`, viewport units and unitless
 *  numbers stay allowed: they are relative to the text, the box or the screen they sit in. */
const rawUnits = ["px", "pt", "pc", "rem", "cm", "mm", "in", "q"];
const durations = ["ms", "s"];
const breakpoints = ["min-width", "max-width", "width", "min-inline-size", "max-inline-size", "inline-size"];

/** @type {import("stylelint").Config} */
export default {
  reportDescriptionlessDisables: true,
  reportInvalidScopeDisables: true,
  reportNeedlessDisables: true,
  rules: {
    "color-no-hex": true,
    "color-named": "never",
    "function-disallowed-list": ["rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color"],
    "unit-disallowed-list": [
      [...rawUnits, ...durations],
      {
        // A media or container query cannot read a custom property, so its breakpoint is written out.
        ignoreMediaFeatureNames: Object.fromEntries(["px", "rem"].map((unit) => [unit, breakpoints])),
        message: (unit) =>
          `Raw "${unit}" in component CSS: use a --mk-* token (space, size, border, focus, motion) instead.`,
      },
    ],
  },
};
