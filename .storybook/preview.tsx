import "@movekit/react/styles.css";
import "@movekit/tokens/themes/dark.css";
import "@movekit/tokens/themes/high-contrast.css";
import "@movekit/tokens/themes/auto.css";
import "@movekit/tokens/themes/coastal.css";
import "@movekit/tokens/themes/heritage.css";
import "@movekit/tokens/themes/midnight.css";
import { themeCatalog } from "@movekit/tokens";
import type { Decorator, Preview } from "@storybook/react-vite";
import { MotionConfig, MotionGlobalConfig } from "framer-motion";

// Story tests run axe straight after render; entry animations would race its colour checks.
if (navigator.webdriver) MotionGlobalConfig.skipAnimations = true;

/**
 * Applies the toolbar's theme, locale, direction and motion to every story. The story sits in a theme scope
 * (`data-mk-theme`), so what you see is the CSS file alone at work. Components that take a `locale` prop get the
 * toolbar locale unless the story sets one itself (decorators may pass updated args to the story).
 */
const withMovekitGlobals: Decorator = (Story, context) => {
  const { theme, locale, dir, motion } = context.globals;
  const acceptsLocale = "locale" in context.argTypes;
  const args = acceptsLocale && context.args.locale === undefined ? { ...context.args, locale } : context.args;
  const reducedMotion = motion === "reduce" ? "always" : "user";
  return (
    <MotionConfig reducedMotion={reducedMotion}>
      <div
        className="mk-story-scope"
        data-mk-theme={theme}
        data-reduced-motion={reducedMotion}
        dir={dir}
        lang={locale}
        style={{ padding: "1rem", borderRadius: "0.5rem" }}
      >
        <Story args={args} />
      </div>
    </MotionConfig>
  );
};

const preview: Preview = {
  tags: ["autodocs"],
  decorators: [withMovekitGlobals],
  globalTypes: {
    theme: {
      description: "Movekit theme (data-mk-theme)",
      toolbar: {
        title: "Theme",
        icon: "paintbrush",
        items: themeCatalog.map((t) => ({ value: t.name, title: t.label })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Locale given to components with a locale prop, and the lang of the story",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "en-GB", title: "English (UK)", right: "en-GB" },
          { value: "en-US", title: "English (US)", right: "en-US" },
          { value: "es", title: "Español", right: "es" },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: "Text direction",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: "Reduced motion, as MovekitProvider reducedMotion sets it",
      toolbar: {
        title: "Motion",
        icon: "play",
        items: [
          { value: "user", title: "Motion: follow the device" },
          { value: "reduce", title: "Motion: reduced" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "default", locale: "en-GB", dir: "ltr", motion: "user" },
  parameters: {
    a11y: {
      test: "error",
      options: {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        rules: { "target-size": { enabled: true } },
      },
    },
    controls: { expanded: true },
    layout: "padded",
  },
};

export default preview;
