// Builds the bench pages (bench/pages/*.html) the way an app would ship them: production React, minified.
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { workspaceAliases } from "../scripts/workspace-aliases.ts";

const pages = path.join(path.dirname(fileURLToPath(import.meta.url)), "pages");

export default defineConfig({
  root: pages,
  base: "./",
  mode: "production",
  logLevel: "warn",
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  build: {
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        library: path.join(pages, "library.html"),
        programme: path.join(pages, "programme.html"),
        video: path.join(pages, "video.html"),
      },
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
});
