import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, EXIT, runThemeCli } from "./cli";

function fakeIo(files: Record<string, string>) {
  const written: Record<string, string> = {};
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path] as string;
    },
    writeFile: async (path, text) => {
      written[path] = text;
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, written, out: () => out.join(""), err: () => err.join("") };
}

describe("movekit-theme CLI", () => {
  it("writes the theme CSS and says how close the closest pair came", async () => {
    const run = fakeIo({ "brand.json": JSON.stringify({ brand: "#00707a", name: "teal", font: "serif" }) });
    expect(await runThemeCli(["brand.json", "--out", "teal.css"], run.io)).toBe(0);
    expect(run.written["teal.css"]).toContain('[data-mk-theme="teal"]');
    expect(run.err()).toMatch(
      /theme "teal": all \d+ contrast checks and 9 care-card tier checks pass \(closest contrast: .+, \d+\.\d\d:1\)\. Wrote teal\.css\./,
    );
  });

  it("prints the CSS to standard output without --out", async () => {
    const run = fakeIo({ "b.json": '{"brand":"#005eb8"}' });
    expect(await runThemeCli(["b.json"], run.io)).toBe(0);
    expect(run.out()).toContain('[data-mk-theme="clinic"]');
  });

  it("exits 1, writes nothing and lists every failure with a suggested accent", async () => {
    const run = fakeIo({ "sunny.json": '{"brand":"#ffdd00","name":"sunny"}' });
    expect(await runThemeCli(["sunny.json", "-o", "sunny.css"], run.io)).toBe(1);
    expect(run.written).toEqual({});
    const err = run.err();
    expect(err).toMatch(/theme "sunny" fails \d+ of \d+ checks; nothing written\./);
    expect(err).toContain("✗ light · accent #ffdd00 on surface #ffffff: 1.34:1, needs at least 4.5:1");
    expect(err).toMatch(/Try "accent": "#[0-9a-f]{6}"/);
  });

  it.each([
    [[], "Missing the brand JSON file."],
    [["a.json", "b.json"], "Only one brand file"],
    [["a.json", "--colour"], "Unknown option --colour."],
    [["a.json", "--out"], "--out needs a file name."],
    [["missing.json"], "cannot read missing.json: ENOENT"],
    [["bad.json"], "bad.json is not valid JSON"],
    [["list.json"], 'list.json must hold a JSON object like {"brand": "#00707a"}.'],
    [["typo.json"], 'typo.json: unknown key "colour"; use brand, accent'],
    [["nobrand.json"], '"brand" must be an opaque CSS colour'],
  ])("exits 2 for %j: %s", async (args, message) => {
    const run = fakeIo({
      "a.json": '{"brand":"#005eb8"}',
      "bad.json": "{brand: #005eb8}",
      "list.json": "[]",
      "typo.json": '{"brand":"#005eb8","colour":"red"}',
      "nobrand.json": '{"name":"x"}',
    });
    expect(await runThemeCli(args, run.io)).toBe(2);
    expect(run.err()).toContain(message);
    expect(run.written).toEqual({});
  });

  it("exits 1 and writes nothing for a brand whose accent looks like a care-card tier", async () => {
    const run = fakeIo({ "red.json": '{"brand":"#c8102e","name":"red"}' });
    expect(await runThemeCli(["red.json", "--out", "red.css"], run.io)).toBe(EXIT.failsChecks);
    expect(run.written).toEqual({});
    expect(run.err()).toMatch(/✗ light · accent #c8102e vs tier-urgent #c42b1c: ΔE 0\.\d+, needs at least 0\.1/);
  });

  it.each(["brand.json", "./brand.json", "sub/../brand.json"])(
    "refuses --out %s when it is the brand file, in one line with exit 2",
    async (out) => {
      const run = fakeIo({ "brand.json": '{"brand":"#005eb8"}' });
      run.io.resolvePath = (p) => path.resolve("/work", p);
      expect(await runThemeCli(["brand.json", "--out", out], run.io)).toBe(EXIT.badInput);
      expect(run.written).toEqual({});
      expect(run.err()).toBe(`movekit-theme: --out ${out} is the brand file itself; choose another file name.\n`);
    },
  );

  it.each([
    ["ENOENT", "its folder does not exist (ENOENT)"],
    ["EISDIR", "it is a folder, not a file (EISDIR)"],
    ["EACCES", "permission denied (EACCES)"],
    ["ENOSPC", "the device is full (ENOSPC)"],
    ["EWEIRD", "something odd happened"],
  ])("reports a write that fails with %s in one line and exit 3", async (code, words) => {
    const run = fakeIo({ "b.json": '{"brand":"#005eb8"}' });
    run.io.writeFile = async () => {
      throw Object.assign(new Error("something odd\n   happened"), { code });
    };
    expect(await runThemeCli(["b.json", "--out", "x/theme.css"], run.io)).toBe(EXIT.cannotWrite);
    expect(run.err()).toBe(`movekit-theme: cannot write x/theme.css: ${words}.\n`);
  });

  it.each(["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"])(
    "treats a font named %s as a font name, never as an inherited property",
    async (font) => {
      const run = fakeIo({ "b.json": JSON.stringify({ brand: "#005eb8", font }) });
      expect(await runThemeCli(["b.json"], run.io)).toBe(EXIT.ok);
      expect(run.out()).toContain(`--mk-font-family: ${font};`);
      expect(run.out()).not.toMatch(/function|native code|\[object/);
    },
  );

  it.each(["__proto__", "constructor", "toString"])("refuses %s as a key of the brand file", async (key) => {
    const run = fakeIo({ "b.json": `{"brand":"#005eb8","${key}":{"brand":"#ffdd00"}}` });
    expect(await runThemeCli(["b.json"], run.io)).toBe(EXIT.badInput);
    expect(run.err()).toContain(`unknown key "${key}"`);
  });

  it("prints usage for --help", async () => {
    const run = fakeIo({});
    expect(await runThemeCli(["--help"], run.io)).toBe(0);
    expect(run.out()).toContain("Usage: movekit-theme <brand.json> [--out <theme.css>]");
  });
});

describe("movekit-theme CLI on the real file system", () => {
  let dir = "";
  const nodeIo = (): CliIo & { err: string[] } => {
    const err: string[] = [];
    return {
      err,
      readFile: (file) => readFile(file, "utf8"),
      writeFile: (file, text) => writeFile(file, text, "utf8"),
      stdout: () => {},
      stderr: (text) => err.push(text),
      resolvePath: (file) => path.resolve(file),
    };
  };
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "movekit-theme-"));
    await writeFile(path.join(dir, "brand.json"), '{"brand":"#005eb8"}');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ["a missing folder", "missing/theme.css", "its folder does not exist (ENOENT)"],
    ["a folder", ".", "it is a folder, not a file (EISDIR)"],
  ])("reports --out to %s in one line with exit 3", async (_what, out, words) => {
    const io = nodeIo();
    const target = path.join(dir, out);
    expect(await runThemeCli([path.join(dir, "brand.json"), "--out", target], io)).toBe(EXIT.cannotWrite);
    expect(io.err).toEqual([`movekit-theme: cannot write ${target}: ${words}.\n`]);
  });

  it.runIf(existsSync("/dev/full"))("reports a full device in one line with exit 3", async () => {
    const io = nodeIo();
    expect(await runThemeCli([path.join(dir, "brand.json"), "--out", "/dev/full"], io)).toBe(EXIT.cannotWrite);
    expect(io.err).toEqual(["movekit-theme: cannot write /dev/full: the device is full (ENOSPC).\n"]);
  });

  it("leaves the brand file untouched when --out names it", async () => {
    const io = nodeIo();
    const brand = path.join(dir, "brand.json");
    expect(await runThemeCli([brand, "--out", path.join(dir, ".", "brand.json")], io)).toBe(EXIT.badInput);
    expect(await readFile(brand, "utf8")).toBe('{"brand":"#005eb8"}');
  });
});
