import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";
import { CHROMIUM_ARGS, chromiumMajor, findChromium } from "./scripts/chromium.mjs";
import { workspaceAliases } from "./scripts/workspace-aliases.ts";
import { DEVICE_SCALE_FACTOR, WINDOW } from "./stories/visual/visual-layout.ts";
import { networkCommands } from "./vitest.network-commands.ts";
import { WAIT_CEILING_MS } from "./vitest.wait.ts";

const dirname = path.dirname(fileURLToPath(import.meta.url));

const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
const chromium = playwright({
  launchOptions: {
    executablePath,
    // Autoplay is allowed so tests can check the player never autoplays by itself.
    args: [...CHROMIUM_ARGS, "--autoplay-policy=no-user-gesture-required"],
  },
});
// A fresh object per project: Vitest writes into it.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: "chromium" as const }],
  // Network witnesses for the video's zero-bytes-before-play and stall tests.
  commands: networkCommands,
});

// The screenshot runs' window fits the three stacked themes at scale 1 (see stories/visual/visual-layout.ts).
// The visual suite's device asks for reduced motion: a moving demo would be caught at a different pose in every run
// (a loaded machine takes longer to reach the screenshot). Stories that force motion on opt out of the comparison.
const tallChromium = (deviceScaleFactor: number, reducedMotion: "reduce" | "no-preference" = "no-preference") =>
  playwright({
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    contextOptions: { viewport: WINDOW, deviceScaleFactor, reducedMotion },
  });

// `node scripts/docs-screenshots.mjs <set>` only: the README's pictures, never part of `pnpm test`.
const docsScreenshotDir = process.env.MOVEKIT_DOCS_SCREENSHOTS;
const docsScreenshots = docsScreenshotDir
  ? [
      {
        extends: true as const,
        test: {
          name: "docs-screenshots",
          include: ["stories/visual/docs-screenshots.shot.tsx"],
          setupFiles: ["./vitest.browser.setup.ts"],
          provide: { docsScreenshotDir },
          expect: { poll: { timeout: WAIT_CEILING_MS } },
          browser: { ...browser(), provider: tallChromium(1) },
        },
      },
    ]
  : [];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["packages/*/src/**/*.test.{ts,tsx}", "scripts/**/*.test.{ts,mjs}", "bench/**/*.test.{ts,mjs}"],
          exclude: ["**/*.browser.test.{ts,tsx}", "**/*.rsc.test.{ts,tsx}", "**/node_modules/**"],
          setupFiles: ["./vitest.setup.ts"],
        },
      },
      {
        extends: true,
        // Vite 6+ resolves node-environment tests through `ssr.resolve`; a top-level `resolve.conditions` is
        // ignored there, so React silently loaded its client build. Vitest also passes these to Node.
        ssr: { resolve: { conditions: ["react-server", ...defaultServerConditions] } },
        test: {
          name: "rsc",
          environment: "node",
          include: ["packages/*/src/**/*.rsc.test.{ts,tsx}"],
          server: { deps: { inline: [/.*/] } },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["packages/*/src/**/*.browser.test.{ts,tsx}"],
          testTimeout: 60_000,
          setupFiles: ["./vitest.setup.ts", "./vitest.browser.setup.ts"],
          expect: { poll: { timeout: WAIT_CEILING_MS } },
          browser: browser(),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        test: {
          name: "storybook",
          // A ceiling for a loaded machine, not a speed check: plays of the long programme stories took over 15 s
          // (Vitest's browser default) while every project shared two cores.
          testTimeout: 60_000,
          setupFiles: ["./vitest.browser.setup.ts"],
          expect: { poll: { timeout: WAIT_CEILING_MS } },
          browser: browser(),
        },
      },
      {
        extends: true,
        test: {
          name: "visual",
          include: ["stories/visual/**/*.visual.test.tsx"],
          // Visual baselines are pictures from one Chromium: compared only on that major version.
          provide: { chromiumMajor: chromiumMajor(executablePath) },
          // Ceilings for a loaded CI machine, not speed checks (pnpm bench measures speed).
          testTimeout: 60_000,
          setupFiles: ["./vitest.browser.setup.ts"],
          expect: { poll: { timeout: WAIT_CEILING_MS } },
          browser: {
            ...browser(),
            provider: tallChromium(DEVICE_SCALE_FACTOR, "reduce"),
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch",
                // Small tolerance: anti-aliasing noise passes, a changed word, a moved block or a changed colour
                // does not (a ratio would let a one-word change through in a picture this size).
                comparatorOptions: { threshold: 0.2, allowedMismatchedPixels: 24 },
                // A ceiling, not a speed check: a match takes about a second; a picture that differs fails after it.
                timeout: 15_000,
                // CSS transitions and animations jump to their end state; the caret is hidden (Playwright's default).
                screenshotOptions: { animations: "disabled" },
                // Committed baselines, one folder per stories file; no platform suffix (made on Linux Chromium).
                resolveScreenshotPath: ({ arg, ext, root }) =>
                  path.join(root, "stories/visual/baselines", `${arg}${ext}`),
              },
            },
          },
        },
      },
      ...docsScreenshots,
    ],
  },
});
