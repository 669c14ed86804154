import schema from "@movekit/core/schema.json";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { library } from "./library";

// An independent validator (ajv) reading only the published JSON Schema accepts the shipped library, so authors
// who validate with the schema in their editor see the same verdict as parseLibrary.
describe("the shipped library against @movekit/core/schema.json", () => {
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

  it("has no schema errors", () => {
    validate(JSON.parse(JSON.stringify(library)));
    expect((validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`)).toEqual([]);
  });

  it("still catches a broken copy", () => {
    const broken = JSON.parse(JSON.stringify(library));
    broken.exercises[0].steps = "do it";
    expect(validate(broken)).toBe(false);
  });
});
