import "@movekit/react/styles.css";
import type { Preview } from "@storybook/react-vite";
import { MotionGlobalConfig } from "framer-motion";

// Story tests run axe straight after render; entry animations would race its colour checks.
if (navigator.webdriver) MotionGlobalConfig.skipAnimations = true;

const preview: Preview = {
  tags: ["autodocs"],
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
