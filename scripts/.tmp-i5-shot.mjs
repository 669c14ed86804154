import { chromium } from "playwright";
import { ensureChromium } from "./chromium.mjs";
const [width, ...ids] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } });
for (const id of ids) {
  await page.goto(`http://127.0.0.1:6116/iframe.html?id=${id}&viewMode=story`, { waitUntil: "load" });
  await page.locator("#storybook-root > *").first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/i5/${id}-${width}.png`, fullPage: true });
  console.log(id);
}
await browser.close();
