// Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's chromium, then Playwright's own build.
// `ensureChromium()` installs Debian's package when it can (Debian/Ubuntu as root), else tries Playwright's
// installer, else stops with one clear message. Browser tests are never skipped silently.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** Flags for headless Chromium here: as root, no GPU, and no background traffic (this machine's network is closed). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require("playwright");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return SYSTEM_PATHS.find((p) => existsSync(p)) ?? playwrightChromium();
}

function isDebianLike() {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(release);
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (isDebianLike() && process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  } else {
    console.log("No Chromium found: trying Playwright's installer…");
    try {
      execFileSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
    } catch {
      /* reported below */
    }
  }
  const installed = findChromium();
  if (installed) return installed;
  console.error(
    "Movekit's browser tests need Chromium and none could be found or installed.\n" +
      "Install one of: Debian/Ubuntu `apt-get install chromium`, or `npx playwright install chromium`,\n" +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
  process.exit(1);
}

/**
 * The major version of the Chromium at `path` ("150"), or "unknown" when it cannot be asked. Visual baselines are
 * pictures from one major version (stories/visual/baselines/chromium-major.txt).
 */
export function chromiumMajor(path) {
  try {
    const version = execFileSync(path, ["--version"], { encoding: "utf8", stdio: "pipe" });
    return /\b(\d+)\.\d+\.\d+/.exec(version)?.[1] ?? "unknown";
  } catch {
    return "unknown";
  }
}
