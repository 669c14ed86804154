import type { Evidence, EvidenceKind, LocalizedText, Reference } from "@movekit/core";

/**
 * Everything the library cites: the four source texts it was written from (public articles for runners by
 * physiotherapists, kept in the repository as seeds/000–003) and the research papers they cite, plus two
 * running-load papers that refine them (Buist et al. 2008, Frandsen et al. 2025).
 */
export const references = {
  seed000: {
    citation:
      "Psoas pain in runners: how it presents, when to stop running, first-line care and a safe return to running. " +
      "Public article for runners, physiotherapy practice. Movekit source text 000 (seeds/000_779598120aa6ad19.txt).",
  },
  seed001: {
    citation:
      "Koth C. Hip pain after running? Causes and tips for finding relief. Public article for runners by a physical " +
      "therapist, 23 July. Movekit source text 001 (seeds/001_775078492840db6f.txt).",
  },
  seed002: {
    citation:
      "Hip flexor pain with running: what to know. Public article for runners by a physical therapist " +
      "(Meredith, New Hampshire, USA). Movekit source text 002 (seeds/002_282d36042ed42c1b.txt).",
  },
  seed003: {
    citation:
      "Mihevc Edwards K. Understanding the role of hip flexors in running. Public article for runners by a " +
      "physical therapist (PT, DPT). Movekit source text 003 (seeds/003_6cc2267987304e47.txt).",
  },
  zhao2022: {
    citation:
      "Zhao K, Shan C, Luximon Y. Contributions of individual muscle forces to hip, knee, and ankle contact forces " +
      "during the stance phase of running: a model-based study. Health Inf Sci Syst. 2022;10:11.",
    doi: "10.1007/s13755-022-00177-9",
    url: "https://doi.org/10.1007/s13755-022-00177-9",
  },
  mettler2019: {
    citation:
      "Mettler JH, Shapiro R, Pohl MB. Effects of a hip flexor stretching program on running kinematics in " +
      "individuals with limited passive hip extension. J Strength Cond Res. 2019;33(12):3338-3344.",
    url: "https://pubmed.ncbi.nlm.nih.gov/29927892/",
  },
  grassi2016: {
    citation:
      "Grassi A, Quaglia A, Canata GL, Zaffagnini S. An update on the grading of muscle injuries: a narrative " +
      "review from clinical to comprehensive systems. Joints. 2016;4(1):39-46.",
    doi: "10.11138/jts/2016.4.1.039",
    url: "https://pubmed.ncbi.nlm.nih.gov/27386446/",
  },
  besomi2025: {
    citation:
      "Besomi M, Roa-Alcaino S, Lombardi Á, Vélez-Rivera R, Leppe Zamora J, Bolling C. Exploring contextual " +
      "factors for management and prevention of running-related injuries: runners' and experts' perspectives. " +
      "BMJ Open Sport Exerc Med. 2025;11(2):e002413.",
    doi: "10.1136/bmjsem-2024-002413",
    url: "https://doi.org/10.1136/bmjsem-2024-002413",
  },
  buist2008: {
    citation:
      "Buist I, Bredeweg SW, van Mechelen W, Lemmink KAPM, Pepping GJ, Diercks RL. No effect of a graded training " +
      "program on the number of running-related injuries in novice runners: a randomized controlled trial. " +
      "Am J Sports Med. 2008;36(1):33-39.",
    doi: "10.1177/0363546507307505",
    url: "https://doi.org/10.1177/0363546507307505",
  },
  frandsen2025: {
    citation:
      "Frandsen JSB, et al. How much running is too much? Identifying high-risk running sessions in a " +
      "5200-person cohort study. Br J Sports Med. 2025;59(17):1203-1210.",
    doi: "10.1136/bjsports-2024-109380",
    url: "https://doi.org/10.1136/bjsports-2024-109380",
  },
  nhsSprainsStrains: {
    citation:
      "NHS. Sprains and strains: how to treat them yourself (ice, rest, and no heat, alcohol or massage for the first " +
      "couple of days). NHS website (nhs.uk), health A to Z.",
    url: "https://www.nhs.uk/conditions/sprains-and-strains/",
  },
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof references;

/** The short name each evidence item gives as its `source`: the seed file or the paper. */
export const sourceNames: Record<ReferenceKey, string> = {
  seed000: "Source text 000: psoas pain in runners (seeds/000_779598120aa6ad19.txt)",
  seed001: "Source text 001: hip pain after running (seeds/001_775078492840db6f.txt)",
  seed002: "Source text 002: hip flexor pain with running (seeds/002_282d36042ed42c1b.txt)",
  seed003: "Source text 003: the role of hip flexors in running (seeds/003_6cc2267987304e47.txt)",
  zhao2022: "Zhao et al. 2022",
  mettler2019: "Mettler et al. 2019",
  grassi2016: "Grassi et al. 2016",
  besomi2025: "Besomi et al. 2025",
  buist2008: "Buist et al. 2008",
  frandsen2025: "Frandsen et al. 2025",
  nhsSprainsStrains: "NHS: sprains and strains",
};

/**
 * One cited claim. "evidence" is for what a study found; "advice" is clinical opinion from a source text.
 * Extra references can be given when a claim rests on more than one source.
 */
export function cite(
  kind: EvidenceKind,
  key: ReferenceKey,
  claim: LocalizedText,
  ...more: readonly ReferenceKey[]
): Evidence {
  const keys = [key, ...more];
  return {
    claim,
    kind,
    source: keys.map((k) => sourceNames[k]).join("; "),
    references: keys.map((k) => ({ ...references[k] })),
  };
}
