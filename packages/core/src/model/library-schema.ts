import * as v from "valibot";
import { ExerciseSchema } from "./exercise-schema";
import { ProgrammeSchema } from "./programme-schema";
import { listOf } from "./schema-helpers";

/** A content library: the exercises and the programmes built from them. */
export const LibrarySchema = v.strictObject(
  {
    /** Lets editors find the JSON Schema: "https://…/schema.json" or a relative path. Ignored otherwise. */
    $schema: v.optional(v.string("wrong-type")),
    exercises: v.array(ExerciseSchema, "wrong-type"),
    programmes: listOf(ProgrammeSchema),
  },
  "wrong-type",
);

export type LibraryInput = v.InferInput<typeof LibrarySchema>;

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type { Library } from "./types";
