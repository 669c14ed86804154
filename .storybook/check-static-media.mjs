// Checks the static Storybook over plain HTTP, as a designer opening a shared build would see it: every story is
// loaded in headless Chromium and every poster, image, clip source and caption track it renders must load. Plain
// http matters: the kit refuses absolute http: URLs, so a URL that only worked from the dev server shows up here.
//
//   pnpm build-storybook
//   (cd storybook-static && python3 -m http.server 8765 --bind 127.0.0.1) &
//   node .storybook/check-static-media.mjs http://127.0.0.1:8765/ [story-id-substring]
import { chromium } from "playwright";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";

const base = new URL(process.argv[2] ?? "http://127.0.0.1:8765/");
const only = process.argv[3];
// Stories that show a missing file on purpose (the fallback states) point at this path.
const DELIBERATELY_MISSING = "/movekit-missing/";

const index = await (await fetch(new URL("index.json", base))).json();
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === "story" && (!only || entry.id.includes(only)),
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? findChromium(),
  args: CHROMIUM_ARGS,
});
const problems = [];
let mediaChecked = 0;

for (const story of stories) {
  const page = await browser.newPage();
  const failed = [];
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().includes(DELIBERATELY_MISSING))
      failed.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "";
    // Media requests cut short by the browser once it has what it needs are not failures.
    if (!request.url().includes(DELIBERATELY_MISSING) && !reason.includes("ERR_ABORTED"))
      failed.push(`${reason} ${request.url()}`);
  });
  await page.goto(new URL(`iframe.html?id=${story.id}&viewMode=story`, base).href);
  await page.waitForFunction(() => document.querySelector("#storybook-root")?.childElementCount, null, {
    timeout: 30_000,
  });
  await page.waitForLoadState("networkidle");
  const media = await page.evaluate(async (missing) => {
    const urls = [
      ...[...document.querySelectorAll("img[src]")].map((el) => ({ kind: "img", url: el.src, el })),
      ...[...document.querySelectorAll("video[poster]")].map((el) => ({ kind: "poster", url: el.poster })),
      ...[...document.querySelectorAll("video source[src], video[src]")].map((el) => ({ kind: "clip", url: el.src })),
      ...[...document.querySelectorAll("track[src]")].map((el) => ({ kind: "track", url: el.src })),
    ].filter((m) => !m.url.includes(missing));
    const results = [];
    for (const m of urls) {
      // Lazy images below the fold have not loaded yet; fetch checks they would.
      const response = await fetch(m.url, { method: "GET", headers: { Range: "bytes=0-0" } });
      const type = response.headers.get("content-type") ?? "";
      results.push({ kind: m.kind, url: m.url, status: response.status, type });
    }
    return results;
  }, DELIBERATELY_MISSING);
  for (const m of media) {
    mediaChecked += 1;
    const wrongType =
      (m.kind === "img" || m.kind === "poster") && !m.type.startsWith("image/")
        ? "not an image"
        : m.kind === "clip" && !m.type.startsWith("video/") && !m.type.includes("mpegurl")
          ? "not a video"
          : "";
    if (m.status >= 400 || wrongType) problems.push(`${story.id}: ${m.kind} ${m.status} ${wrongType} ${m.url}`);
    if (!m.url.startsWith(base.origin)) problems.push(`${story.id}: ${m.kind} not served by this build: ${m.url}`);
  }
  for (const f of failed) problems.push(`${story.id}: request ${f}`);
  await page.close();
}
await browser.close();

console.log(`${stories.length} stories, ${mediaChecked} media URLs checked, ${problems.length} problems`);
for (const p of problems) console.log(`  ${p}`);
process.exit(problems.length ? 1 : 0);
