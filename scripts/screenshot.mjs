// Takes the README's screenshot of Storybook with headless Chromium. Start Storybook first (`pnpm start`).
// Usage: node scripts/screenshot.mjs [story-path] [out.png]
import { chromium } from "playwright";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium.mjs";

const path = process.argv[2] ?? "/story/components-dosagesummary--reps-per-side";
const out = process.argv[3] ?? "docs/images/storybook.png";
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:6006/?path=${path}`, { waitUntil: "networkidle" });
await page.frameLocator("#storybook-preview-iframe").locator("#storybook-root > *").first().waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
