import type { StorybookConfig } from "@storybook/react-vite";
import { workspaceAliases } from "../scripts/workspace-aliases.ts";

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(cfg) {
    const { mergeConfig } = await import("vite");
    return mergeConfig(cfg, {
      resolve: { alias: workspaceAliases },
      build: {
        chunkSizeWarningLimit: 2000,
        rolldownOptions: {
          onwarn(w: { code?: string }, warn: (w: unknown) => void) {
            if (w.code !== "MODULE_LEVEL_DIRECTIVE") warn(w);
          },
        },
      },
    });
  },
};
export default config;
