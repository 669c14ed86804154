// Runs a command with CHROMIUM_PATH set, installing Chromium first when needed.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./chromium.mjs";

const [command, ...args] = process.argv.slice(2);
const CHROMIUM_PATH = ensureChromium();
const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH }, shell: false });
process.exit(result.status ?? 1);
