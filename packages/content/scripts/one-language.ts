// Builds the content in one language (`@movekit/content/en-GB`): every text written in several languages
// keeps its `keep` entry only, so an app that shows English pays for English
// (about two thirds of a bilingual exercise's bytes).
// The source stays the one bilingual file per exercise; this rewrites it as it is bundled. It edits the text in
// place (the TypeScript parser finds the spans), so comments, `/* @__PURE__ */` marks and the rest are unchanged.
import { readFile } from "node:fs/promises";
import { LOCALES } from "@movekit/core";
import type { Plugin } from "esbuild";
import ts from "typescript";

/** The locale tags a text or list can be keyed by (core's LocalizedText and LocalizedList). */
const LOCALE_KEYS: ReadonlySet<string> = new Set(LOCALES);

function keyOf(property: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(property)) return undefined;
  const name = property.name;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/**
 * A text in several languages: an object literal whose every key is a locale tag (a text, a list, a template).
 * Anything else keyed by language, such as a clip's caption file per language, is built by code, not written as
 * such a literal, so every language of it stays (media-files.ts).
 */
function isTranslatedText(node: ts.ObjectLiteralExpression): boolean {
  return node.properties.length > 0 && node.properties.every((p) => LOCALE_KEYS.has(keyOf(p) ?? ""));
}

/** `source` with every text in several languages cut down to its `keep` entry (`{}` when it has none). */
export function keepOneLanguage(source: string, fileName: string, keep: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && isTranslatedText(node)) {
      const kept = node.properties.find((p) => keyOf(p) === keep);
      edits.push({ start: node.getStart(file), end: node.end, text: kept ? `{ ${kept.getText(file)} }` : "{}" });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** An esbuild (and tsup) plugin that bundles the TypeScript files under `root` in the `keep` language only. */
export function oneLanguage(keep: string, root: string): Plugin {
  const filter = new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*\\.ts$`);
  return {
    name: `movekit-one-language-${keep}`,
    setup(build) {
      build.onLoad({ filter }, async (args) => ({
        contents: keepOneLanguage(await readFile(args.path, "utf8"), args.path, keep),
        loader: "ts",
      }));
    },
  };
}
