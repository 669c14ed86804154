// `movekit-theme brand.json [--out theme.css]`: the createTheme CLI. File access is passed in, so this module has
// no Node imports and the tests run it without touching the disk.
import { formatRatio } from "./contrast";
import { createTheme, type ThemeOptions, ThemeOptionsError } from "./create-theme";

export interface CliIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** An absolute, normalised form of a path, so `--out` can be compared with the input. @default the path as given */
  resolvePath?(path: string): string;
}

/**
 * 0: theme written; 1: the theme fails a contrast or tier check (nothing written); 2: bad arguments or input
 * (including `--out` naming the input file); 3: the output file could not be written.
 */
export type CliExitCode = 0 | 1 | 2 | 3;

export const EXIT = { ok: 0, failsChecks: 1, badInput: 2, cannotWrite: 3 } as const satisfies Record<
  string,
  CliExitCode
>;

const USAGE = `Usage: movekit-theme <brand.json> [--out <theme.css>]

Builds a Movekit theme stylesheet from a brand file and checks its contrast.
brand.json keys: brand (required), accent, neutral, radius, font, density, name, scheme.
Writes the CSS to --out, or to standard output.
Exit codes: 0 written; 1 a contrast or care-card tier check failed (nothing written);
2 bad arguments or brand file (--out may not be the brand file); 3 the output file could not be written.`;

const KEYS: readonly (keyof ThemeOptions)[] = [
  "brand",
  "accent",
  "neutral",
  "radius",
  "font",
  "density",
  "name",
  "scheme",
];

function parseArgs(args: readonly string[]): { input?: string; out?: string; help: boolean; error?: string } {
  let input: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--help" || arg === "-h") return { help: true };
    if (arg === "--out" || arg === "-o") {
      out = args[++i];
      if (!out) return { help: false, error: "--out needs a file name." };
    } else if (arg.startsWith("-")) return { help: false, error: `Unknown option ${arg}.` };
    else if (input) return { help: false, error: `Only one brand file, please (got ${input} and ${arg}).` };
    else input = arg;
  }
  return input ? { input, out, help: false } : { help: false, error: "Missing the brand JSON file." };
}

function readOptions(path: string, text: string): ThemeOptions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ThemeOptionsError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ThemeOptionsError(`${path} must hold a JSON object like {"brand": "#00707a"}.`);
  }
  // Own keys only, compared against our own list: "__proto__" or "toString" are simply unknown keys.
  const unknown = Object.keys(data).filter((k) => !KEYS.includes(k as keyof ThemeOptions));
  if (unknown.length > 0) {
    throw new ThemeOptionsError(
      `${path}: unknown key ${unknown.map((k) => `"${k}"`).join(", ")}; use ${KEYS.join(", ")}.`,
    );
  }
  // A fresh object with only the known keys, so nothing inherited reaches createTheme.
  const options: Record<string, unknown> = {};
  for (const key of KEYS) if (Object.hasOwn(data, key)) options[key] = (data as Record<string, unknown>)[key];
  return options as unknown as ThemeOptions;
}

// Node's error codes for a write that cannot happen, in words; anything else keeps the system's message.
const WRITE_ERRORS: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "its folder does not exist"],
  ["ENOTDIR", "part of the path is not a folder"],
  ["EISDIR", "it is a folder, not a file"],
  ["EACCES", "permission denied"],
  ["EPERM", "permission denied"],
  ["EROFS", "the file system is read-only"],
  ["ENOSPC", "the device is full"],
  ["EDQUOT", "the disk quota is used up"],
]);

function writeProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === "string" ? WRITE_ERRORS.get(code) : undefined;
  if (known) return `${known} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  // One line, whatever the system said.
  return message.replace(/\s+/g, " ").trim() || "unknown error";
}

export async function runThemeCli(args: readonly string[], io: CliIo): Promise<CliExitCode> {
  const parsed = parseArgs(args);
  if (parsed.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (parsed.error || !parsed.input) {
    io.stderr(`movekit-theme: ${parsed.error}\n\n${USAGE}\n`);
    return EXIT.badInput;
  }
  const resolve = io.resolvePath ?? ((path: string) => path);
  if (parsed.out !== undefined && resolve(parsed.out) === resolve(parsed.input)) {
    io.stderr(`movekit-theme: --out ${parsed.out} is the brand file itself; choose another file name.\n`);
    return EXIT.badInput;
  }
  let theme: ReturnType<typeof createTheme>;
  try {
    const text = await io.readFile(parsed.input);
    theme = createTheme(readOptions(parsed.input, text));
  } catch (error) {
    const message =
      error instanceof ThemeOptionsError ? error.message : `cannot read ${parsed.input}: ${(error as Error).message}`;
    io.stderr(`movekit-theme: ${message}\n`);
    return EXIT.badInput;
  }
  const { report, css } = theme;
  if (!report.ok || css === undefined) {
    const total = report.checks.length + report.tiers.checks.length;
    const lines = report.problems.map((problem) => `  ✗ ${problem}`);
    const hint = report.suggestedAccent
      ? `\nTry "accent": "${report.suggestedAccent}" (the nearest accent with which every check passes).`
      : "";
    io.stderr(
      `movekit-theme: theme "${theme.name}" fails ${report.problems.length} of ${total} checks; nothing written.\n${lines.join("\n")}${hint}\n`,
    );
    return EXIT.failsChecks;
  }
  const weakest = report.checks.reduce((a, b) => (b.ratio / b.required < a.ratio / a.required ? b : a));
  const summary = `theme "${theme.name}": all ${report.checks.length} contrast checks and ${report.tiers.checks.length} care-card tier checks pass (closest contrast: ${weakest.foreground.token} on ${weakest.background.token}, ${formatRatio(weakest.ratio)}).`;
  if (parsed.out) {
    try {
      await io.writeFile(parsed.out, css);
    } catch (error) {
      io.stderr(`movekit-theme: cannot write ${parsed.out}: ${writeProblem(error)}.\n`);
      return EXIT.cannotWrite;
    }
    io.stderr(`movekit-theme: ${summary} Wrote ${parsed.out}.\n`);
  } else {
    io.stdout(css);
    io.stderr(`movekit-theme: ${summary}\n`);
  }
  return EXIT.ok;
}
