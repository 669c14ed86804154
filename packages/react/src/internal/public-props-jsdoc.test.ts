// @vitest-environment node
// Every public prop has JSDoc, because Storybook's docs table (react-docgen-typescript) shows a prop's JSDoc as its
// description and nothing else. The test reads the components the way that tool does: with the TypeScript type
// checker, starting from each component entry (`src/<name>/index.ts`), so only what a consumer can import counts.
// For every exported `*Props` type it checks the props declared in this repository (inherited DOM and React props
// are documented by their own types) and, where a component gives a prop a default value, that its JSDoc says so.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("..", import.meta.url));
const repoDir = join(srcDir, "../../..");
const packagesDir = join(repoDir, "packages");

const entries = readdirSync(srcDir)
  .filter((name) => name !== "internal" && statSync(join(srcDir, name)).isDirectory())
  .map((name) => join(srcDir, name, "index.ts"))
  .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile());

function createProgram(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(repoDir, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("tsconfig.json could not be read");
  const host = ts.createCompilerHost(config.options, true);
  // tsc's own host skips JSDoc in .ts files unless a type needs it; this test is about JSDoc.
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseAll;
  return ts.createProgram({ rootNames: entries, options: { ...config.options, types: [] }, host });
}

const isOurs = (declaration: ts.Declaration) => {
  const file = declaration.getSourceFile().fileName;
  return file.startsWith(packagesDir) && !file.includes("/node_modules/");
};

interface PublicProps {
  name: string;
  props: ts.Symbol[];
}

/** Every exported `*Props` type reachable from a component entry, with the props this repository declares. */
function publicProps(program: ts.Program, checker: ts.TypeChecker): PublicProps[] {
  const found = new Map<string, PublicProps>();
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${entry} has no exports`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (!exported.name.endsWith("Props") || found.has(exported.name)) continue;
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      const props = checker.getPropertiesOfType(type).filter((prop) => (prop.getDeclarations() ?? []).some(isOurs));
      found.set(exported.name, { name: exported.name, props });
    }
  }
  return [...found.values()];
}

const where = (prop: ts.Symbol) => {
  const declaration = prop.getDeclarations()?.find(isOurs);
  if (!declaration) return "";
  const file = declaration.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(declaration.getStart());
  return `${relative(repoDir, file.fileName)}:${line + 1}`;
};

/** Props a component destructures with a default value: `function X({ size = 3 }: XProps)`. */
function defaultedProps(program: ts.Program, propsNames: ReadonlySet<string>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node)) {
      const [first] = node.parameters;
      const type = first?.type;
      if (
        first &&
        ts.isObjectBindingPattern(first.name) &&
        type &&
        ts.isTypeReferenceNode(type) &&
        ts.isIdentifier(type.typeName) &&
        propsNames.has(type.typeName.text)
      ) {
        const names = result.get(type.typeName.text) ?? new Set<string>();
        for (const element of first.name.elements) {
          if (!element.initializer || element.dotDotDotToken) continue;
          const key = element.propertyName ?? element.name;
          if (ts.isIdentifier(key)) names.add(key.text);
        }
        result.set(type.typeName.text, names);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (file.fileName.startsWith(srcDir) && !/\.test\.tsx?$/.test(file.fileName)) visit(file);
  }
  return result;
}

describe("public props JSDoc", () => {
  const program = createProgram();
  const checker = program.getTypeChecker();
  const types = publicProps(program, checker);

  it("finds the component entries and their props types (so the checks below can fail)", () => {
    expect(entries.length).toBeGreaterThan(10);
    const names = types.map((type) => type.name);
    expect(names).toEqual(expect.arrayContaining(["DosageSummaryProps", "ExerciseDetailProps", "SessionPlayerProps"]));
    const dosage = types.find((type) => type.name === "DosageSummaryProps");
    expect(dosage?.props.map((prop) => prop.name)).toEqual(expect.arrayContaining(["dosage", "locale", "variant"]));
    // Inherited DOM props are not ours to document.
    expect(dosage?.props.map((prop) => prop.name)).not.toContain("onClick");
  });

  it("gives every public prop a JSDoc description", () => {
    const missing = types.flatMap(({ name, props }) =>
      props
        .filter((prop) => ts.displayPartsToString(prop.getDocumentationComment(checker)).trim() === "")
        .map((prop) => `${name}.${prop.name} (${where(prop)})`),
    );
    expect(missing, "props without JSDoc").toEqual([]);
  });

  it("says @default on every prop a component gives a default value", () => {
    const defaulted = defaultedProps(program, new Set(types.map((type) => type.name)));
    expect(defaulted.size, "components destructuring their props were found").toBeGreaterThan(10);
    const missing = types.flatMap(({ name, props }) =>
      props
        .filter((prop) => defaulted.get(name)?.has(prop.name))
        .filter((prop) => !prop.getJsDocTags(checker).some((tag) => tag.name === "default"))
        .map((prop) => `${name}.${prop.name} (${where(prop)})`),
    );
    expect(missing, "defaulted props without @default").toEqual([]);
  });
}, 60_000);
