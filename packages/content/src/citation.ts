import type { Evidence, EvidenceKind, LocalizedText, Reference } from "@movekit/core";

/** What kind of source a reference is: it decides whether a claim citing it is "evidence" or "advice". */
export type SourceKind = "source-text" | "research" | "guidance" | "consensus";

/** One citable source: its kind, the short name an evidence item gives, and the full reference. */
export interface Source {
  readonly kind: SourceKind;
  /** The short name each evidence item gives as its `source`: the article, page or paper, never a file. */
  readonly name: string;
  readonly reference: Reference;
}

/**
 * One cited claim. "evidence" is for what a study found; "advice" is clinical opinion: a source text, NHS or
 * NICE guidance, or the authors' consensus. Extra sources can be given when a claim rests on more than one.
 * Takes the source objects themselves (not keys into a table), so citing stays tree-shakable.
 */
export function citeSource(
  kind: EvidenceKind,
  source: Source,
  claim: LocalizedText,
  ...more: readonly Source[]
): Evidence {
  const sources = [source, ...more];
  return {
    claim,
    kind,
    source: sources.map((s) => s.name).join("; "),
    references: sources.map((s) => ({ ...s.reference })),
  };
}
