import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { parseLibrary } from "../model/parse";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const guide = readFileSync(path.join(root, "docs/content-authoring.md"), "utf8");
const example = JSON.parse(guide.match(/```json\n([\s\S]*?)```/)?.[1] ?? "null");
const schema = JSON.parse(readFileSync(path.join(root, "packages/core/schema.json"), "utf8"));

describe("the example in docs/content-authoring.md", () => {
  it("passes parseLibrary, complete in en-GB and Spanish", () => {
    const result = parseLibrary(example, { requiredLocales: ["en-GB", "es"] });
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
  });

  it("passes the JSON Schema", () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate(example) ? [] : validate.errors).toEqual([]);
  });

  it("produces the errors the guide shows", () => {
    const exercise = example.exercises[0];
    const broken = {
      exercises: [
        {
          ...exercise,
          contraindications: undefined,
          media: undefined,
          defaultDosage: { reps: "10-12" },
        },
      ],
    };
    delete broken.exercises[0].contraindications;
    const result = parseLibrary(broken);
    const lines = result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code} ${e.message}`);
    expect(lines).toContain(
      '$.exercises[0].defaultDosage.reps wrong-type "reps" must be a number; found the text "10-12".',
    );
    for (const line of lines) expect(guide).toContain(line.split(" ").slice(2).join(" ").slice(0, 40));
  });
});
