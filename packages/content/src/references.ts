import type { Evidence, EvidenceKind, LocalizedText, Reference } from "@movekit/core";

const READ = "Read 6 December 2026.";

/**
 * Everything the library cites: the four source texts it was written from (public articles for runners by
 * physiotherapists), the research papers they cite, two running-load papers that refine them (Buist et al. 2008,
 * Frandsen et al. 2025), the NHS, NICE and trust pages and papers behind the warning signs, and the authors' own
 * consensus for the numbers they chose. Source texts are cited by title, author or publisher, address and the
 * date read, as a reader would find them.
 */
export const references = {
  seed000: {
    citation: `Can I run with psoas pain? Science Insights (scienceinsights.org), public article for runners. ${READ}`,
    url: "https://scienceinsights.org/can-i-run-with-psoas-pain",
  },
  seed001: {
    citation:
      "Koth C. Hip pain after running? Causes & tips for finding relief. Aletha Health blog, posted 23 July " +
      `(year not shown), by a physical therapist. ${READ}`,
    url: "https://alethahealth.com/category/pain/",
  },
  seed002: {
    citation: `Pobocik K. Hip flexor pain with running: what to know. Physical therapy blog, kayleepobocik.com. ${READ}`,
    url: "https://www.kayleepobocik.com/blog/hip-flexor-pain-with-running",
  },
  seed003: {
    citation:
      "Mihevc Edwards K (PT, DPT). Understanding the role of hip flexors in running. Blog post for runners by a " +
      `physical therapist; web address not recorded when the text was collected. ${READ}`,
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
  silbernagel2007: {
    citation:
      "Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, " +
      "during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study. " +
      "Am J Sports Med. 2007;35(6):897-906.",
    doi: "10.1177/0363546506298279",
    url: "https://doi.org/10.1177/0363546506298279",
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
  greenhalgh2018: {
    citation:
      "Greenhalgh S, Finucane L, Mercer C, Selfe J. Assessment and management of cauda equina syndrome. " +
      "Musculoskelet Sci Pract. 2018;37:69-74.",
    doi: "10.1016/j.msksp.2018.06.002",
    url: "https://doi.org/10.1016/j.msksp.2018.06.002",
  },
  finucane2020: {
    citation:
      "Finucane LM, Downie A, Mercer C, Greenhalgh SM, Boissonnault WG, Pool-Goudzwaard AL, Beneciuk JM, Leech RL, " +
      "Selfe J. International framework for red flags for potential serious spinal pathologies. J Orthop Sports " +
      "Phys Ther. 2020;50(7):350-372.",
    doi: "10.2519/jospt.2020.9971",
    url: "https://doi.org/10.2519/jospt.2020.9971",
  },
  robertson2017: {
    citation:
      "Robertson GA, Wood AM. Femoral neck stress fractures in sport: a current concepts review. Sports Med Int " +
      "Open. 2017;1(2):E58-E68.",
    doi: "10.1055/s-0043-103946",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070/",
  },
  peck2017: {
    citation:
      "Peck DM, Voss LM, Voss TT. Slipped capital femoral epiphysis: diagnosis and management. Am Fam Physician. " +
      "2017;95(12):779-784.",
    url: "https://www.aafp.org/pubs/afp/issues/2017/0615/p779.html",
  },
  niceNg59: {
    citation:
      "National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and " +
      `management. NICE guideline NG59, 2016, updated 2020. ${READ}`,
    url: "https://www.nice.org.uk/guidance/ng59",
  },
  chesterfieldCes: {
    citation:
      "Chesterfield Royal Hospital NHS Foundation Trust, musculoskeletal physiotherapy. Cauda equina syndrome: " +
      `warning signs. Patient information page. ${READ}`,
    url: "https://chesterfieldroyal.nhs.uk/all-services-and-wards/physiotherapy-services/musculoskeletal-and-rheumatology-services/cauda-equina",
  },
  royalFreeCes: {
    citation: `Royal Free London NHS Foundation Trust. Cauda equina syndrome (CES). Patient information leaflet. ${READ}`,
    url: "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome",
  },
  gloucestershireHip: {
    citation:
      "NHS Gloucestershire, G-Care referral guidance. Red flags for hip conditions (hip pain pathway). " +
      `Guidance for clinicians. ${READ}`,
    url: "https://g-care.glos.nhs.uk/pathway/52/resource/3",
  },
  healthierTogetherLimp: {
    citation:
      "NHS Healthier Together (South West London). Limp: advice for parents and carers. Safety-netting leaflet. " +
      READ,
    url: "https://swlondon-healthiertogether.nhs.uk/professionals/gp-primary-care-staff/safety-netting-documents-parents/limp",
  },
  versusArthritisHip: {
    citation: `Versus Arthritis. Hip pain: when to see a doctor. Information for patients. ${READ}`,
    url: "https://versusarthritis.org/about-arthritis/conditions/hip-pain",
  },
  authorsConsensus: {
    citation:
      "Movekit content team. Authors' consensus, not research evidence: a number or tier the authors chose where " +
      "the sources give none, recorded for review by the clinic that adopts the content. 2026.",
  },
  nhsSprainsStrains: {
    citation:
      `NHS. Sprains and strains: how to treat them yourself (ice, rest, and no heat, alcohol or massage for the first ` +
      `couple of days). NHS website (nhs.uk), health A to Z. ${READ}`,
    url: "https://www.nhs.uk/conditions/sprains-and-strains/",
  },
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof references;

/** What kind of source each reference is: it decides whether a claim citing it is "evidence" or "advice". */
export const referenceKinds: Record<ReferenceKey, "source-text" | "research" | "guidance" | "consensus"> = {
  seed000: "source-text",
  seed001: "source-text",
  seed002: "source-text",
  seed003: "source-text",
  zhao2022: "research",
  mettler2019: "research",
  grassi2016: "research",
  besomi2025: "research",
  buist2008: "research",
  frandsen2025: "research",
  silbernagel2007: "research",
  nhsSprainsStrains: "guidance",
  greenhalgh2018: "guidance",
  finucane2020: "guidance",
  robertson2017: "research",
  peck2017: "research",
  niceNg59: "guidance",
  chesterfieldCes: "guidance",
  royalFreeCes: "guidance",
  gloucestershireHip: "guidance",
  healthierTogetherLimp: "guidance",
  versusArthritisHip: "guidance",
  authorsConsensus: "consensus",
};

/** The short name each evidence item gives as its `source`: the article, page or paper, never a file. */
export const sourceNames: Record<ReferenceKey, string> = {
  seed000: "Science Insights: Can I run with psoas pain?",
  seed001: "Koth, Aletha Health: Hip pain after running?",
  seed002: "Pobocik: Hip flexor pain with running",
  seed003: "Mihevc Edwards: The role of hip flexors in running",
  zhao2022: "Zhao et al. 2022",
  mettler2019: "Mettler et al. 2019",
  grassi2016: "Grassi et al. 2016",
  besomi2025: "Besomi et al. 2025",
  silbernagel2007: "Silbernagel et al. 2007",
  buist2008: "Buist et al. 2008",
  frandsen2025: "Frandsen et al. 2025",
  greenhalgh2018: "Greenhalgh et al. 2018",
  finucane2020: "Finucane et al. 2020 (IFOMPT red-flag framework)",
  robertson2017: "Robertson and Wood 2017",
  peck2017: "Peck et al. 2017",
  niceNg59: "NICE NG59",
  chesterfieldCes: "Chesterfield Royal Hospital NHS Foundation Trust",
  royalFreeCes: "Royal Free London NHS Foundation Trust",
  gloucestershireHip: "NHS Gloucestershire G-Care",
  healthierTogetherLimp: "NHS Healthier Together",
  versusArthritisHip: "Versus Arthritis",
  authorsConsensus: "Movekit authors' consensus",
  nhsSprainsStrains: "NHS: sprains and strains",
};

/**
 * One cited claim. "evidence" is for what a study found; "advice" is clinical opinion: a source text, NHS or
 * NICE guidance, or the authors' consensus.
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
