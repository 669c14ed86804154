// `movekit-theme brand.json [--out theme.css]`: the createTheme CLI. File access is passed in, so this module has
// no Node imports and the tests run it without touching the disk.
import { formatRatio } from "./contrast";
import { createTheme, type ThemeOptions, ThemeOptionsError } from "./create-theme";

export interface CliIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** 0: theme written; 1: the theme fails contrast (nothing written); 2: bad arguments or input. */
export type CliExitCode = 0 | 1 | 2;

const USAGE = `Usage: movekit-theme <brand.json> [--out <theme.css>]

Builds a Movekit theme stylesheet from a brand file and checks its contrast.
brand.json keys: brand (required), accent, neutral, radius, font, density, name, scheme.
Writes the CSS to --out, or to standard output. Exits 1 without writing when any pair fails contrast.`;

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
  const unknown = Object.keys(data).filter((k) => !KEYS.includes(k as keyof ThemeOptions));
  if (unknown.length > 0) {
    throw new ThemeOptionsError(
      `${path}: unknown key ${unknown.map((k) => `"${k}"`).join(", ")}; use ${KEYS.join(", ")}.`,
    );
  }
  return data as ThemeOptions;
}

export async function runThemeCli(args: readonly string[], io: CliIo): Promise<CliExitCode> {
  const parsed = parseArgs(args);
  if (parsed.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (parsed.error || !parsed.input) {
    io.stderr(`movekit-theme: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  let theme: ReturnType<typeof createTheme>;
  try {
    const text = await io.readFile(parsed.input);
    theme = createTheme(readOptions(parsed.input, text));
  } catch (error) {
    const message =
      error instanceof ThemeOptionsError ? error.message : `cannot read ${parsed.input}: ${(error as Error).message}`;
    io.stderr(`movekit-theme: ${message}\n`);
    return 2;
  }
  const { report } = theme;
  if (!report.ok) {
    const lines = report.failures.map((f) => `  ✗ ${f.message}`);
    const hint = report.suggestedAccent
      ? `\nTry "accent": "${report.suggestedAccent}" (the nearest accent with which every pair passes).`
      : "";
    io.stderr(
      `movekit-theme: theme "${theme.name}" fails ${report.failures.length} of ${report.checks.length} contrast checks; nothing written.\n${lines.join("\n")}${hint}\n`,
    );
    return 1;
  }
  const weakest = report.checks.reduce((a, b) => (b.ratio / b.required < a.ratio / a.required ? b : a));
  const summary = `theme "${theme.name}": all ${report.checks.length} contrast checks pass (closest: ${weakest.foreground.token} on ${weakest.background.token}, ${formatRatio(weakest.ratio)}).`;
  if (parsed.out) {
    await io.writeFile(parsed.out, theme.css);
    io.stderr(`movekit-theme: ${summary} Wrote ${parsed.out}.\n`);
  } else {
    io.stdout(theme.css);
    io.stderr(`movekit-theme: ${summary}\n`);
  }
  return 0;
}
