// Runs a command with CHROMIUM_PATH set, installing Chromium first when needed.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./chromium.mjs";

const [command, ...args] = process.argv.slice(2);
const CHROMIUM_PATH = ensureChromium();
const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH }, shell: false });
// A command that could not start (not on PATH outside a pnpm script, say) must not fail silently.
if (result.error) console.error(`could not run ${command}: ${result.error.message} (try "pnpm exec ${command}")`);
process.exit(result.status ?? 1);
