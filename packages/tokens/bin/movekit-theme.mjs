#!/usr/bin/env node
// Builds a Movekit theme stylesheet from a brand JSON file; see `movekit-theme --help` for the exit codes.
import { realpathSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { runThemeCli } from "../dist/cli.js";

process.exitCode = await runThemeCli(process.argv.slice(2), {
  readFile: (file) => readFile(file, "utf8"),
  writeFile: (file, text) => writeFile(file, text, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Symlinks resolved where the file exists, so `--out link-to-brand.json` is caught too.
  resolvePath: (file) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  },
});
