import "@movekit/tokens/fonts.css";
import "@movekit/react/styles.css";
import "@movekit/tokens/themes/dark.css";
import "@movekit/tokens/themes/high-contrast.css";
import "@movekit/tokens/themes/auto.css";
import "@movekit/tokens/themes/coastal.css";
import "@movekit/tokens/themes/heritage.css";
import "@movekit/tokens/themes/midnight.css";
import "./canvas.css";
import { type MessageOverrides, mergeMessages } from "@movekit/core";
import { es } from "@movekit/core/locales/es";
import { MovekitProvider, type ReducedMotionSetting } from "@movekit/react/movekit-provider";
import { themeCatalog } from "@movekit/tokens";
import type { Decorator, Preview } from "@storybook/react-vite";
import { CanvasTheme } from "./canvas-theme";
import { ComponentDocsPage } from "./component-docs-page";

const MOTION: Record<string, ReducedMotionSetting> = { user: "user", reduce: "always", allow: "never" };

/**
 * Applies the toolbar's theme, locale, direction and motion to every story through a MovekitProvider, so a
 * component reads the toolbar's motion setting exactly as it reads a host's (`useMovekit().reducedMotion`). The
 * story sits in a theme scope (`data-mk-theme`), so what you see is the CSS file alone at work. Components that
 * take a `locale` prop get the toolbar locale unless the story sets one itself (decorators may pass updated args).
 * A story in a language the kit does not ship (the Arabic RTL samples) passes its strings as
 * `parameters.movekitMessages`, through the provider's public `messages` prop. The whole canvas, not only the
 * story's box, takes the theme's surface and text colour (see CanvasTheme). Spanish is opt-in for hosts
 * (`@movekit/core/locales/es`); the toolbar passes the pack as a host would, to the provider and to every story
 * whose component takes `locale` or `messages` (static components read no context; every Movekit component
 * with a `locale` prop takes `messages`). It applies only where the locale is es.
 */
const withMovekitGlobals: Decorator = (Story, context) => {
  const { theme, locale, dir, motion } = context.globals;
  const acceptsLocale = "locale" in context.argTypes;
  const withLocale: Record<string, unknown> =
    acceptsLocale && context.args.locale === undefined ? { ...context.args, locale } : context.args;
  const args =
    acceptsLocale || "messages" in context.argTypes
      ? { ...withLocale, messages: mergeMessages(es, withLocale.messages as MessageOverrides | undefined) }
      : withLocale;
  return (
    <MovekitProvider
      className="mk-story-scope"
      theme={theme}
      locale={locale}
      dir={dir}
      messages={mergeMessages(es, context.parameters.movekitMessages)}
      reducedMotion={MOTION[motion] ?? "user"}
      style={{ padding: "1rem", borderRadius: "0.5rem" }}
    >
      <CanvasTheme theme={theme} />
      <Story args={args} />
    </MovekitProvider>
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
          { value: "allow", title: "Motion: on (in-app choice)" },
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
    // The sidebar by purpose: foundations, then components by what a clinic builds, then the guides. Storybook
    // reads this statically, so it must stay an inline literal.
    options: {
      storySort: {
        order: [
          "Foundations",
          ["Design tokens", "MovekitProvider", "ErrorBoundary"],
          "Exercise",
          ["ExerciseCard", "ExerciseDetail", "Exercise page", "SafetyNotice", "ContraindicationList"],
          "Video",
          "Programme",
          ["ProgrammeView", "SessionPlayer", "PainCheck"],
          "Library",
          "Theming",
          "Guides",
          ["Getting started", "Architecture"],
        ],
      },
    },
    docs: { page: ComponentDocsPage },
  },
};

export default preview;
