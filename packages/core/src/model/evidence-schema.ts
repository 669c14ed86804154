import * as v from "valibot";
import { IdSchema, IsoDateSchema, SafeUrlSchema } from "./identifiers";
import { LocalizedTextSchema } from "./localized-text";
import { DOI_PATTERN, LICENCE_PATTERN } from "./patterns";
import { plainText } from "./plain-text";
import { listOf } from "./schema-helpers";
import { EVIDENCE_KINDS } from "./vocabulary";

export { DOI_PATTERN };

export const ReferenceSchema = v.strictObject(
  {
    /** Vancouver-style citation: authors, title, journal, year;volume(issue):pages. */
    citation: plainText(600),
    url: v.optional(SafeUrlSchema),
    doi: v.optional(v.pipe(v.string("wrong-type"), v.regex(DOI_PATTERN, "invalid-doi"))),
  },
  "wrong-type",
);

/**
 * One clinical statement and what supports it. `kind: "evidence"` is backed by research (references required);
 * `kind: "advice"` is clinical opinion from a source text. `source` names the seed file or paper it came from.
 */
export const EvidenceSchema = v.strictObject(
  {
    id: v.optional(IdSchema),
    claim: LocalizedTextSchema,
    kind: v.picklist(EVIDENCE_KINDS, "unknown-value"),
    source: plainText(300),
    references: listOf(ReferenceSchema),
  },
  "wrong-type",
);

/** Draft content: written, not yet signed by a clinician. Shown to patients as "Not yet clinically reviewed". */
export const DraftProvenanceSchema = v.strictObject(
  {
    status: v.literal("draft", "unknown-value"),
    author: plainText(200),
    /** SPDX id, e.g. "CC-BY-4.0". */
    licence: v.pipe(plainText(60), v.regex(LICENCE_PATTERN, "invalid-licence")),
  },
  "wrong-type",
);

/** Reviewed content: the named clinician who signed it and when (filled in by the clinic that reviews it). */
export const ReviewedProvenanceSchema = v.strictObject(
  {
    status: v.literal("reviewed", "unknown-value"),
    author: plainText(200),
    reviewer: plainText(200),
    reviewedOn: IsoDateSchema,
    nextReviewDue: v.optional(IsoDateSchema),
    /** SPDX id, e.g. "CC-BY-4.0". */
    licence: v.pipe(plainText(60), v.regex(LICENCE_PATTERN, "invalid-licence")),
  },
  "wrong-type",
);

/**
 * Who wrote the content, whether a clinician has reviewed it (who and when) and its licence (CERT item 2,
 * PIF TICK). `status` is explicit so that nothing unsigned can pass for reviewed.
 */
export const ProvenanceSchema = v.variant("status", [DraftProvenanceSchema, ReviewedProvenanceSchema], "wrong-type");

// The public shapes are interfaces (see types.ts); types.test-d.ts keeps them equal to these schemas.
export type { Evidence, Provenance, Reference } from "./types";
