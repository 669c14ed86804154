import type { Evidence, EvidenceKind, LocalizedText, Reference } from "@movekit/core";
import { citeSource, type Source, type SourceKind } from "./citation";
import * as sources from "./sources";

/** Every source the library cites, by key. Content modules import single sources from `./sources` instead. */
const byKey = {
  seed000: sources.seed000,
  seed001: sources.seed001,
  seed002: sources.seed002,
  seed003: sources.seed003,
  zhao2022: sources.zhao2022,
  mettler2019: sources.mettler2019,
  grassi2016: sources.grassi2016,
  besomi2025: sources.besomi2025,
  silbernagel2007: sources.silbernagel2007,
  buist2008: sources.buist2008,
  frandsen2025: sources.frandsen2025,
  greenhalgh2018: sources.greenhalgh2018,
  finucane2020: sources.finucane2020,
  robertson2017: sources.robertson2017,
  peck2017: sources.peck2017,
  niceNg59: sources.niceNg59,
  chesterfieldCes: sources.chesterfieldCes,
  royalFreeCes: sources.royalFreeCes,
  gloucestershireHip: sources.gloucestershireHip,
  healthierTogetherLimp: sources.healthierTogetherLimp,
  versusArthritisHip: sources.versusArthritisHip,
  authorsConsensus: sources.authorsConsensus,
  nhsSprainsStrains: sources.nhsSprainsStrains,
} satisfies Record<string, Source>;

export type ReferenceKey = keyof typeof byKey;

function mapSources<T>(pick: (source: Source) => T): Record<ReferenceKey, T> {
  return Object.fromEntries(Object.entries(byKey).map(([key, source]) => [key, pick(source)])) as Record<
    ReferenceKey,
    T
  >;
}

/** Everything the library cites, by key (see `sources.ts`). */
export const references: Readonly<Record<ReferenceKey, Reference>> = /* @__PURE__ */ mapSources((s) => s.reference);

/** What kind of source each reference is: it decides whether a claim citing it is "evidence" or "advice". */
export const referenceKinds: Readonly<Record<ReferenceKey, SourceKind>> = /* @__PURE__ */ mapSources((s) => s.kind);

/** The short name each evidence item gives as its `source`: the article, page or paper, never a file. */
export const sourceNames: Readonly<Record<ReferenceKey, string>> = /* @__PURE__ */ mapSources((s) => s.name);

/**
 * One cited claim, by reference key. "evidence" is for what a study found; "advice" is clinical opinion: a
 * source text, NHS or NICE guidance, or the authors' consensus. Extra references can be given when a claim rests
 * on more than one source. (The shipped content uses {@link citeSource} with single sources, which bundles
 * only what it cites.)
 */
export function cite(
  kind: EvidenceKind,
  key: ReferenceKey,
  claim: LocalizedText,
  ...more: readonly ReferenceKey[]
): Evidence {
  return citeSource(kind, byKey[key], claim, ...more.map((k) => byKey[k]));
}
