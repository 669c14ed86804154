import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exerciseFixture, libraryFixture } from "@movekit/fixtures/exercise-inputs";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { buildJsonSchema } from "./build-json-schema";

const schemaPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema.json");
const published = JSON.parse(readFileSync(schemaPath, "utf8"));

// ajv is the independent validator: a different implementation from valibot, reading only schema.json.
const validate = new Ajv({ allErrors: true, strict: true }).compile(published);

function errorsFor(data: unknown) {
  validate(data);
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

describe("schema.json", () => {
  it("is up to date with the valibot schemas (run node packages/core/scripts/write-schema.mjs)", () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(buildJsonSchema())));
  });

  it("accepts valid sample content", () => {
    expect(errorsFor(libraryFixture())).toEqual([]);
  });

  it("rejects unknown keys", () => {
    expect(errorsFor({ ...libraryFixture(), extra: true })).toContain(" additionalProperties");
  });

  it("rejects an unsafe URL and HTML in text", () => {
    const exercise = exerciseFixture();
    const media = { ...exercise.media, poster: "javascript:alert(1)" };
    const library = { exercises: [{ ...exercise, media, summary: { "en-GB": "<b>Lift</b>" } }] };
    const errors = errorsFor(library);
    expect(errors).toContain("/exercises/0/media/poster pattern");
    expect(errors).toContain("/exercises/0/summary/en-GB pattern");
  });

  it("requires contraindications or an explicit reviewed none", () => {
    const { contraindications, ...exercise } = exerciseFixture();
    expect(errorsFor({ exercises: [exercise] })).toContain("/exercises/0 anyOf");
    const none = { ...exercise, noContraindications: { reviewer: "A Physio", reviewedOn: "2025-01-01" } };
    expect(errorsFor({ exercises: [none] })).toEqual([]);
  });

  it("rejects out-of-range and mistyped doses", () => {
    const exercise = exerciseFixture({ defaultDosage: { sets: 0, reps: "10-12" as unknown as number } });
    const errors = errorsFor({ exercises: [exercise] });
    expect(errors).toContain("/exercises/0/defaultDosage/sets minimum");
    expect(errors).toContain("/exercises/0/defaultDosage/reps type");
  });
});
