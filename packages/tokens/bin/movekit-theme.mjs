#!/usr/bin/env node
// Builds a Movekit theme stylesheet from a brand JSON file; see `movekit-theme --help`.
import { readFile, writeFile } from "node:fs/promises";
import { runThemeCli } from "../dist/cli.js";

process.exitCode = await runThemeCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
