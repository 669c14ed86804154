import { describe, expect, it } from "vitest";
import { type CliIo, runThemeCli } from "./cli";

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
      /theme "teal": all \d+ contrast checks pass \(closest: .+, \d+\.\d\d:1\)\. Wrote teal\.css\./,
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
    expect(err).toMatch(/theme "sunny" fails \d+ of \d+ contrast checks; nothing written\./);
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

  it("prints usage for --help", async () => {
    const run = fakeIo({});
    expect(await runThemeCli(["--help"], run.io)).toBe(0);
    expect(run.out()).toContain("Usage: movekit-theme <brand.json> [--out <theme.css>]");
  });
});
