import type { Source } from "./citation";

/*
 * Everything the library cites: the four source texts it was written from (public articles for runners by
 * physiotherapists), the research papers they cite, two running-load papers that refine them (Buist et al. 2008,
 * Frandsen et al. 2025), the NHS, NICE and trust pages and papers behind the warning signs, and the authors' own
 * consensus for the numbers they chose. Source texts are cited by title, author or publisher, address and the
 * date read, as a reader would find them. (The date is written out in each: a shared constant in a template
 * string would keep every source in an app's bundle.)
 *
 * One constant per source, so an exercise that cites two sources brings only those two into an app's bundle;
 * "references.ts" gathers them by key for the public "references" and "cite".
 */

export const seed000: Source = {
  kind: "source-text",
  name: "Science Insights: Can I run with psoas pain?",
  reference: {
    citation:
      "Can I run with psoas pain? Science Insights (scienceinsights.org), public article for runners. Read 6 December 2026.",
    url: "https://scienceinsights.org/can-i-run-with-psoas-pain",
  },
};

export const seed001: Source = {
  kind: "source-text",
  name: "Koth, Aletha Health: Hip pain after running?",
  reference: {
    citation:
      "Koth C. Hip pain after running? Causes & tips for finding relief. Aletha Health blog, posted 23 July " +
      "(year not shown), by a physical therapist. Read 6 December 2026.",
    url: "https://alethahealth.com/category/pain/",
  },
};

export const seed002: Source = {
  kind: "source-text",
  name: "Pobocik: Hip flexor pain with running",
  reference: {
    citation:
      "Pobocik K. Hip flexor pain with running: what to know. Physical therapy blog, kayleepobocik.com. Read 6 December 2026.",
    url: "https://www.kayleepobocik.com/blog/hip-flexor-pain-with-running",
  },
};

export const seed003: Source = {
  kind: "source-text",
  name: "Mihevc Edwards: The role of hip flexors in running",
  reference: {
    citation:
      "Mihevc Edwards K (PT, DPT). Understanding the role of hip flexors in running. Blog post for runners by a " +
      "physical therapist; web address not recorded when the text was collected. Read 6 December 2026.",
  },
};

export const zhao2022: Source = {
  kind: "research",
  name: "Zhao et al. 2022",
  reference: {
    citation:
      "Zhao K, Shan C, Luximon Y. Contributions of individual muscle forces to hip, knee, and ankle contact forces " +
      "during the stance phase of running: a model-based study. Health Inf Sci Syst. 2022;10:11.",
    doi: "10.1007/s13755-022-00177-9",
    url: "https://doi.org/10.1007/s13755-022-00177-9",
  },
};

export const mettler2019: Source = {
  kind: "research",
  name: "Mettler et al. 2019",
  reference: {
    citation:
      "Mettler JH, Shapiro R, Pohl MB. Effects of a hip flexor stretching program on running kinematics in " +
      "individuals with limited passive hip extension. J Strength Cond Res. 2019;33(12):3338-3344.",
    url: "https://pubmed.ncbi.nlm.nih.gov/29927892/",
  },
};

export const grassi2016: Source = {
  kind: "research",
  name: "Grassi et al. 2016",
  reference: {
    citation:
      "Grassi A, Quaglia A, Canata GL, Zaffagnini S. An update on the grading of muscle injuries: a narrative " +
      "review from clinical to comprehensive systems. Joints. 2016;4(1):39-46.",
    doi: "10.11138/jts/2016.4.1.039",
    url: "https://pubmed.ncbi.nlm.nih.gov/27386446/",
  },
};

export const besomi2025: Source = {
  kind: "research",
  name: "Besomi et al. 2025",
  reference: {
    citation:
      "Besomi M, Roa-Alcaino S, Lombardi Á, Vélez-Rivera R, Leppe Zamora J, Bolling C. Exploring contextual " +
      "factors for management and prevention of running-related injuries: runners' and experts' perspectives. " +
      "BMJ Open Sport Exerc Med. 2025;11(2):e002413.",
    doi: "10.1136/bmjsem-2024-002413",
    url: "https://doi.org/10.1136/bmjsem-2024-002413",
  },
};

export const silbernagel2007: Source = {
  kind: "research",
  name: "Silbernagel et al. 2007",
  reference: {
    citation:
      "Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, " +
      "during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study. " +
      "Am J Sports Med. 2007;35(6):897-906.",
    doi: "10.1177/0363546506298279",
    url: "https://doi.org/10.1177/0363546506298279",
  },
};

export const buist2008: Source = {
  kind: "research",
  name: "Buist et al. 2008",
  reference: {
    citation:
      "Buist I, Bredeweg SW, van Mechelen W, Lemmink KAPM, Pepping GJ, Diercks RL. No effect of a graded training " +
      "program on the number of running-related injuries in novice runners: a randomized controlled trial. " +
      "Am J Sports Med. 2008;36(1):33-39.",
    doi: "10.1177/0363546507307505",
    url: "https://doi.org/10.1177/0363546507307505",
  },
};

export const frandsen2025: Source = {
  kind: "research",
  name: "Frandsen et al. 2025",
  reference: {
    citation:
      "Frandsen JSB, et al. How much running is too much? Identifying high-risk running sessions in a " +
      "5200-person cohort study. Br J Sports Med. 2025;59(17):1203-1210.",
    doi: "10.1136/bjsports-2024-109380",
    url: "https://doi.org/10.1136/bjsports-2024-109380",
  },
};

export const greenhalgh2018: Source = {
  kind: "guidance",
  name: "Greenhalgh et al. 2018",
  reference: {
    citation:
      "Greenhalgh S, Finucane L, Mercer C, Selfe J. Assessment and management of cauda equina syndrome. " +
      "Musculoskelet Sci Pract. 2018;37:69-74.",
    doi: "10.1016/j.msksp.2018.06.002",
    url: "https://doi.org/10.1016/j.msksp.2018.06.002",
  },
};

export const finucane2020: Source = {
  kind: "guidance",
  name: "Finucane et al. 2020 (IFOMPT red-flag framework)",
  reference: {
    citation:
      "Finucane LM, Downie A, Mercer C, Greenhalgh SM, Boissonnault WG, Pool-Goudzwaard AL, Beneciuk JM, Leech RL, " +
      "Selfe J. International framework for red flags for potential serious spinal pathologies. J Orthop Sports " +
      "Phys Ther. 2020;50(7):350-372.",
    doi: "10.2519/jospt.2020.9971",
    url: "https://doi.org/10.2519/jospt.2020.9971",
  },
};

export const robertson2017: Source = {
  kind: "research",
  name: "Robertson and Wood 2017",
  reference: {
    citation:
      "Robertson GA, Wood AM. Femoral neck stress fractures in sport: a current concepts review. Sports Med Int " +
      "Open. 2017;1(2):E58-E68.",
    doi: "10.1055/s-0043-103946",
    url: "https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070/",
  },
};

export const peck2017: Source = {
  kind: "research",
  name: "Peck et al. 2017",
  reference: {
    citation:
      "Peck DM, Voss LM, Voss TT. Slipped capital femoral epiphysis: diagnosis and management. Am Fam Physician. " +
      "2017;95(12):779-784.",
    url: "https://www.aafp.org/pubs/afp/issues/2017/0615/p779.html",
  },
};

export const niceNg59: Source = {
  kind: "guidance",
  name: "NICE NG59",
  reference: {
    citation:
      "National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: assessment and " +
      "management. NICE guideline NG59, 2016, updated 2020. Read 6 December 2026.",
    url: "https://www.nice.org.uk/guidance/ng59",
  },
};

export const chesterfieldCes: Source = {
  kind: "guidance",
  name: "Chesterfield Royal Hospital NHS Foundation Trust",
  reference: {
    citation:
      "Chesterfield Royal Hospital NHS Foundation Trust, musculoskeletal physiotherapy. Cauda equina syndrome: " +
      "warning signs. Patient information page. Read 6 December 2026.",
    url: "https://chesterfieldroyal.nhs.uk/all-services-and-wards/physiotherapy-services/musculoskeletal-and-rheumatology-services/cauda-equina",
  },
};

export const royalFreeCes: Source = {
  kind: "guidance",
  name: "Royal Free London NHS Foundation Trust",
  reference: {
    citation:
      "Royal Free London NHS Foundation Trust. Cauda equina syndrome (CES). Patient information leaflet. Read 6 December 2026.",
    url: "https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome",
  },
};

export const gloucestershireHip: Source = {
  kind: "guidance",
  name: "NHS Gloucestershire G-Care",
  reference: {
    citation:
      "NHS Gloucestershire, G-Care referral guidance. Red flags for hip conditions (hip pain pathway). " +
      "Guidance for clinicians. Read 6 December 2026.",
    url: "https://g-care.glos.nhs.uk/pathway/52/resource/3",
  },
};

export const healthierTogetherLimp: Source = {
  kind: "guidance",
  name: "NHS Healthier Together",
  reference: {
    citation:
      "NHS Healthier Together (South West London). Limp: advice for parents and carers. Safety-netting leaflet. Read 6 December 2026.",
    url: "https://swlondon-healthiertogether.nhs.uk/professionals/gp-primary-care-staff/safety-netting-documents-parents/limp",
  },
};

export const versusArthritisHip: Source = {
  kind: "guidance",
  name: "Versus Arthritis",
  reference: {
    citation: "Versus Arthritis. Hip pain: when to see a doctor. Information for patients. Read 6 December 2026.",
    url: "https://versusarthritis.org/about-arthritis/conditions/hip-pain",
  },
};

export const authorsConsensus: Source = {
  kind: "consensus",
  name: "Movekit authors' consensus",
  reference: {
    citation:
      "Movekit content team. Authors' consensus, not research evidence: a number or tier the authors chose where " +
      "the sources give none, recorded for review by the clinic that adopts the content. 2026.",
  },
};

export const nhsSprainsStrains: Source = {
  kind: "guidance",
  name: "NHS: sprains and strains",
  reference: {
    citation:
      "NHS. Sprains and strains: how to treat them yourself (ice, rest, and no heat, alcohol or massage for the first " +
      "couple of days). NHS website (nhs.uk), health A to Z. Read 6 December 2026.",
    url: "https://www.nhs.uk/conditions/sprains-and-strains/",
  },
};
