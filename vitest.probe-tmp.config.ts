import react from "@vitejs/plugin-react";
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";
import { workspaceAliases } from "./scripts/workspace-aliases.ts";
export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  test: {
    projects: [
      {
        extends: true,
        resolve: { conditions: ["react-server"] },
        ssr: { resolve: { conditions: ["react-server", ...defaultServerConditions] } },
        test: {
          name: "rsc",
          environment: "node",
          include: ["packages/*/src/**/*.rsc.test.{ts,tsx}"],
          server: { deps: { inline: [/.*/] } },
        },
      },
    ],
  },
});
