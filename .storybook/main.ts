import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/react-vite";
import { workspaceAliases } from "../scripts/workspace-aliases.ts";

const mediaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../packages/content/media");

/**
 * An HLS playlist names its init file and segments relative to itself ("clamshell.hls-0.m4s"). Vite fingerprints
 * the playlist it is asked for but never sees those names, so in the static build the playlist pointed at files
 * that were not there. This copies them, unrenamed, next to the playlist in assets/.
 */
const hlsSegments = {
  name: "movekit-hls-segments",
  apply: "build" as const,
  generateBundle(this: { emitFile(file: { type: "asset"; fileName: string; source: Uint8Array }): string }) {
    for (const name of readdirSync(mediaDir).filter((file) => /\.hls-[\w-]+\.(mp4|m4s)$/.test(file))) {
      this.emitFile({ type: "asset", fileName: `assets/${name}`, source: readFileSync(path.join(mediaDir, name)) });
    }
  },
};

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  typescript: { reactDocgen: "react-docgen-typescript" },
  async viteFinal(cfg) {
    const { mergeConfig } = await import("vite");
    return mergeConfig(cfg, {
      plugins: [hlsSegments],
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
