import { exerciseFixture, libraryFixture, programmeFixture } from "@movekit/fixtures/exercise-inputs";
import { describe, expect, it } from "vitest";
import { parseExercise, parseLibrary, parseProgramme } from "./parse";
import type { ValidationCode, ValidationIssue } from "./validation-error";

type Key = string | number;
const DELETE = Symbol("delete");

/** Sets (or deletes) a value deep inside a fresh copy of the valid library fixture. */
function libraryWith(...patches: Array<[Key[], unknown]>): unknown {
  const library = structuredClone(libraryFixture()) as unknown;
  for (const [path, value] of patches) {
    let node = library as Record<Key, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<Key, unknown>;
    const last = path.at(-1) as Key;
    if (value === DELETE) delete node[last];
    else node[last] = value;
  }
  return library;
}

function expectIssue(issues: readonly ValidationIssue[], path: string, code: ValidationCode): void {
  const found = issues.find((i) => i.path === path && i.code === code);
  expect(found, `expected ${code} at ${path}; got ${JSON.stringify(issues, null, 1)}`).toBeDefined();
  // Every message says what is wrong in words, not just the code.
  expect(found?.message.length).toBeGreaterThan(20);
}

const ex = (...keys: Key[]): Key[] => ["exercises", 0, ...keys];
const pr = (...keys: Key[]): Key[] => ["programmes", 0, ...keys];
const secondExercise = (id: string, extra: Record<string, unknown> = {}) => ({
  ...exerciseFixture(),
  id,
  slug: id,
  ...extra,
});

interface Case {
  name: string;
  patches: Array<[Key[], unknown]>;
  path: string;
  code: ValidationCode;
  options?: Parameters<typeof parseLibrary>[1];
}

// Each row is one class of malformed content (safety-anchors §6.4, R1 corpus and more).
const CASES: Case[] = [
  {
    name: "missing contraindications",
    patches: [[ex("contraindications"), DELETE]],
    path: "$.exercises[0].contraindications",
    code: "missing-contraindications",
  },
  {
    name: "empty contraindications list without an explicit reviewed 'none'",
    patches: [[ex("contraindications"), []]],
    path: "$.exercises[0].contraindications",
    code: "missing-contraindications",
  },
  {
    name: "'no contraindications' without a reviewer",
    patches: [
      [ex("contraindications"), DELETE],
      [ex("noContraindications"), { reviewedOn: "2025-01-01" }],
    ],
    path: "$.exercises[0].noContraindications.reviewer",
    code: "missing-field",
  },
  {
    name: "contraindications and 'none' at once",
    patches: [[ex("noContraindications"), { reviewer: "A Physio", reviewedOn: "2025-01-01" }]],
    path: "$.exercises[0].noContraindications",
    code: "contradictory-safety",
  },
  {
    name: "blank safety text",
    patches: [[ex("contraindications", 0, "text", "en-GB"), "   "]],
    path: "$.exercises[0].contraindications[0].text.en-GB",
    code: "empty-text",
  },
  {
    name: "unknown contraindication severity",
    patches: [[ex("contraindications", 0, "severity"), "moderate"]],
    path: "$.exercises[0].contraindications[0].severity",
    code: "unknown-value",
  },
  {
    name: "unknown red-flag urgency tier",
    patches: [[ex("redFlags", 0, "urgency"), "asap"]],
    path: "$.exercises[0].redFlags[0].urgency",
    code: "unknown-value",
  },
  {
    name: "relative contraindication without a modification",
    patches: [[ex("contraindications", 0, "modification"), DELETE]],
    path: "$.exercises[0].contraindications[0].modification",
    code: "missing-modification",
  },
  {
    name: "reps of zero",
    patches: [[ex("defaultDosage", "reps"), 0]],
    path: "$.exercises[0].defaultDosage.reps",
    code: "out-of-range",
  },
  {
    name: "fractional reps",
    patches: [[ex("defaultDosage", "reps"), 2.5]],
    path: "$.exercises[0].defaultDosage.reps",
    code: "not-integer",
  },
  {
    name: "reps as an ambiguous range string",
    patches: [[ex("defaultDosage", "reps"), "10-12"]],
    path: "$.exercises[0].defaultDosage.reps",
    code: "wrong-type",
  },
  {
    name: "zero sets",
    patches: [[ex("defaultDosage", "sets"), 0]],
    path: "$.exercises[0].defaultDosage.sets",
    code: "out-of-range",
  },
  {
    name: "hold written with a unit instead of seconds",
    patches: [[ex("defaultDosage", "holdSeconds"), "30s"]],
    path: "$.exercises[0].defaultDosage.holdSeconds",
    code: "wrong-type",
  },
  {
    name: "NaN in the dose",
    patches: [[ex("defaultDosage", "reps"), Number.NaN]],
    path: "$.exercises[0].defaultDosage.reps",
    code: "not-finite",
  },
  {
    name: "Infinity as a video time",
    patches: [[ex("cues", 0, "time"), { start: 0, end: Number.POSITIVE_INFINITY }]],
    path: "$.exercises[0].cues[0].time.end",
    code: "not-finite",
  },
  {
    name: "out-of-range dose (500 reps)",
    patches: [[ex("defaultDosage", "reps"), 500]],
    path: "$.exercises[0].defaultDosage.reps",
    code: "out-of-range",
  },
  {
    name: "a dose with nothing to do",
    patches: [[ex("defaultDosage"), { sets: 3 }]],
    path: "$.exercises[0].defaultDosage",
    code: "empty-dosage",
  },
  {
    name: "a dose with two amounts",
    patches: [[ex("defaultDosage"), { reps: 10, durationSeconds: 60 }]],
    path: "$.exercises[0].defaultDosage.durationSeconds",
    code: "conflicting-dosage",
  },
  {
    name: "duplicate exercise ids",
    patches: [[["exercises", 1], secondExercise("test-bridge", { slug: "other-slug" })]],
    path: "$.exercises[1].id",
    code: "duplicate-id",
  },
  {
    name: "duplicate slugs",
    patches: [[["exercises", 1], secondExercise("other", { slug: "test-bridge" })]],
    path: "$.exercises[1].slug",
    code: "duplicate-id",
  },
  {
    name: "progression to an unknown exercise",
    patches: [[ex("progressions"), [{ exerciseId: "no-such", criteria: { "en-GB": "Easy." } }]]],
    path: "$.exercises[0].progressions[0].exerciseId",
    code: "unknown-exercise",
  },
  {
    name: "an exercise that progresses to itself",
    patches: [[ex("progressions"), [{ exerciseId: "test-bridge", criteria: { "en-GB": "Easy." } }]]],
    path: "$.exercises[0].progressions[0].exerciseId",
    code: "self-link",
  },
  {
    name: "a progression ladder that loops",
    patches: [
      [ex("progressions"), [{ exerciseId: "bridge-two", criteria: { "en-GB": "Easy." } }]],
      [
        ["exercises", 1],
        secondExercise("bridge-two", { progressions: [{ exerciseId: "test-bridge", criteria: { "en-GB": "Easy." } }] }),
      ],
    ],
    path: "$.exercises[1].progressions[0].exerciseId",
    code: "progression-cycle",
  },
  {
    name: "programme session with an unknown exercise",
    patches: [[pr("phases", 0, "contents", 0, "exerciseId"), "clamshel"]],
    path: "$.programmes[0].phases[0].contents[0].exerciseId",
    code: "unknown-exercise",
  },
  {
    name: "exit criterion checking an unknown exercise",
    patches: [[pr("phases", 1, "exitCriteria", 0, "check", "exerciseId"), "nope"]],
    path: "$.programmes[0].phases[1].exitCriteria[0].check.exerciseId",
    code: "unknown-exercise",
  },
  {
    name: "rule pointing at an unknown phase",
    patches: [[pr("progressionRules", 0, "toPhaseId"), "phase-9"]],
    path: "$.programmes[0].progressionRules[0].toPhaseId",
    code: "unknown-phase",
  },
  {
    name: "a progression that goes back a phase (phase order cycle)",
    patches: [
      [pr("progressionRules", 0, "fromPhaseId"), "build"],
      [pr("progressionRules", 0, "toPhaseId"), "settle"],
    ],
    path: "$.programmes[0].progressionRules[0].toPhaseId",
    code: "phase-order",
  },
  {
    name: "duplicate phase ids",
    patches: [[pr("phases", 1, "id"), "settle"]],
    path: "$.programmes[0].phases[1].id",
    code: "duplicate-id",
  },
  {
    name: "pain threshold above 10",
    patches: [[pr("painRule", "bands", 2, "max"), 11]],
    path: "$.programmes[0].painRule.bands[2].max",
    code: "out-of-range",
  },
  {
    name: "negative next-morning pain limit",
    patches: [[pr("painRule", "settleWithin24h", "maxNextMorning"), -1]],
    path: "$.programmes[0].painRule.settleWithin24h.maxNextMorning",
    code: "out-of-range",
  },
  {
    name: "pain bands with a gap",
    patches: [[pr("painRule", "bands", 1, "min"), 5]],
    path: "$.programmes[0].painRule.bands[1].min",
    code: "pain-band-gap",
  },
  {
    name: "pain bands that overlap",
    patches: [[pr("painRule", "bands", 1, "min"), 3]],
    path: "$.programmes[0].painRule.bands[1].min",
    code: "pain-band-overlap",
  },
  {
    name: "an inverted pain band",
    patches: [[pr("painRule", "bands", 1, "max"), 3]],
    path: "$.programmes[0].painRule.bands[1].max",
    code: "pain-band-inverted",
  },
  {
    name: "pain rule without a source",
    patches: [[pr("painRule", "source"), DELETE]],
    path: "$.programmes[0].painRule.source",
    code: "missing-field",
  },
  {
    name: "video without captions",
    patches: [[ex("media", "captions"), []]],
    path: "$.exercises[0].media.captions",
    code: "missing-captions",
  },
  {
    name: "captions only in another language",
    patches: [[ex("media", "captions", 0, "lang"), "es"]],
    path: "$.exercises[0].media.captions",
    code: "missing-captions-language",
  },
  {
    name: "non-https media URL",
    patches: [[ex("media", "sources", 0, "src"), "http://cdn.example/clip.mp4"]],
    path: "$.exercises[0].media.sources[0].src",
    code: "unsafe-url",
  },
  {
    name: "javascript: URL",
    patches: [[ex("media", "poster"), "javascript:alert(1)"]],
    path: "$.exercises[0].media.poster",
    code: "unsafe-url",
  },
  {
    name: "HTML in a plain-text field",
    patches: [[ex("steps", 0, "es"), 'Aprieta <img src=x onerror="alert(1)">']],
    path: "$.exercises[0].steps[0].es",
    code: "markup-in-text",
  },
  {
    name: "unknown key (typo) in strict mode",
    patches: [[ex("contraindication"), []]],
    path: "$.exercises[0].contraindication",
    code: "unknown-key",
  },
  {
    name: "unsupported locale key in a text",
    patches: [[ex("name", "fr"), "Pont"]],
    path: "$.exercises[0].name.fr",
    code: "unknown-key",
  },
  {
    name: "unsupported content language",
    patches: [[ex("language"), "fr"]],
    path: "$.exercises[0].language",
    code: "unknown-locale",
  },
  {
    name: "missing translation for an active locale",
    patches: [],
    options: { requiredLocales: ["es"] },
    path: "$.programmes[0].title.es",
    code: "missing-translation",
  },
  {
    name: "Spanish content missing its own language",
    patches: [[pr("language"), "es"]],
    path: "$.programmes[0].summary.es",
    code: "missing-translation",
  },
  {
    name: "impossible ISO date",
    patches: [[ex("provenance", "reviewedOn"), "2025-02-30"]],
    path: "$.exercises[0].provenance.reviewedOn",
    code: "invalid-date",
  },
  {
    name: "date in the wrong format",
    patches: [[pr("provenance", "reviewedOn"), "15/01/2025"]],
    path: "$.programmes[0].provenance.reviewedOn",
    code: "invalid-date",
  },
  {
    name: "next review before the last review",
    patches: [[ex("provenance", "nextReviewDue"), "2024-01-01"]],
    path: "$.exercises[0].provenance.nextReviewDue",
    code: "invalid-date-order",
  },
  {
    name: "evidence claim without a reference",
    patches: [[ex("evidence", 0, "kind"), "evidence"]],
    path: "$.exercises[0].evidence[0].references",
    code: "missing-reference",
  },
  {
    name: "cue tied to a video time with no video",
    patches: [
      [ex("media"), DELETE],
      [ex("cues", 0, "time"), { start: 1, end: 4 }],
    ],
    path: "$.exercises[0].cues[0].time",
    code: "cue-time-without-video",
  },
  {
    name: "cue time range that ends before it starts",
    patches: [[ex("cues", 0, "time"), { start: 8, end: 4 }]],
    path: "$.exercises[0].cues[0].time.end",
    code: "invalid-time-range",
  },
  {
    name: "id that is not kebab-case",
    patches: [[ex("id"), "Glute Bridge"]],
    path: "$.exercises[0].id",
    code: "invalid-id",
  },
  {
    name: "malformed DOI",
    patches: [[pr("painRule", "source", "doi"), "doi.org/10.1177"]],
    path: "$.programmes[0].painRule.source.doi",
    code: "invalid-doi",
  },
  {
    name: "unknown criterion check kind",
    patches: [[pr("phases", 0, "exitCriteria", 0, "check"), { kind: "feels-fine" }]],
    path: "$.programmes[0].phases[0].exitCriteria[0].check.kind",
    code: "unknown-kind",
  },
  {
    name: "phase that uses a running plan the programme lacks",
    patches: [[pr("phases", 1, "usesRunningPlan"), true]],
    path: "$.programmes[0].phases[1].usesRunningPlan",
    code: "missing-running-plan",
  },
  {
    name: "video source that is not a video type",
    patches: [[ex("media", "sources", 0, "type"), "mp4"]],
    path: "$.exercises[0].media.sources[0].type",
    code: "invalid-media-type",
  },
  {
    name: "missing required field",
    patches: [[ex("whatYouShouldFeel"), DELETE]],
    path: "$.exercises[0].whatYouShouldFeel",
    code: "missing-field",
  },
  {
    name: "wrong type for a list",
    patches: [[ex("steps"), "Lift your hips."]],
    path: "$.exercises[0].steps",
    code: "wrong-type",
  },
  {
    name: "unknown top-level key",
    patches: [[["exercise"], []]],
    path: "$.exercise",
    code: "unknown-key",
  },
];

describe("parseLibrary", () => {
  it("accepts the valid fixture library", () => {
    const result = parseLibrary(libraryFixture());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.value.exercises[0]?.name["en-GB"]).toBe("Test bridge");
  });

  it("rejects more than 25 distinct classes of malformed input", () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(50);
    expect(new Set(CASES.map((c) => c.code)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)("rejects $name with $code at $path", ({ patches, path, code, options }) => {
    const result = parseLibrary(libraryWith(...patches), options);
    expect(result.ok).toBe(false);
    expectIssue(result.ok ? [] : result.errors, path, code);
  });

  it("rejects something that is not a library at all", () => {
    const result = parseLibrary([1, 2]);
    expect(result.ok).toBe(false);
    expectIssue(result.ok ? [] : result.errors, "$", "wrong-type");
  });

  it("reports every problem in one pass, across exercises and programmes", () => {
    const result = parseLibrary(
      libraryWith(
        [ex("defaultDosage", "reps"), 0],
        [ex("media", "poster"), "javascript:x"],
        [pr("painRule", "source"), DELETE],
      ),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.code).sort()).toEqual([
      "missing-field",
      "out-of-range",
      "unsafe-url",
    ]);
  });

  it("does not report links to an exercise that exists but is itself broken", () => {
    const result = parseLibrary(
      libraryWith(
        [ex("progressions"), [{ exerciseId: "bridge-two", criteria: { "en-GB": "Easy." } }]],
        [["exercises", 1], secondExercise("bridge-two", { difficulty: "expert" })],
      ),
    );
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(["unknown-value"]);
  });

  it("accepts an explicit, reviewed statement that there are no contraindications", () => {
    const result = parseLibrary(
      libraryWith(
        [ex("contraindications"), DELETE],
        [ex("noContraindications"), { reviewer: "A Physio", reviewedOn: "2025-01-02" }],
      ),
    );
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("warns when a review is overdue but still accepts the content", () => {
    const result = parseLibrary(libraryWith([ex("provenance", "nextReviewDue"), "2025-06-01"]), {
      today: "2026-01-01",
    });
    expect(result.ok).toBe(true);
    expectIssue(result.warnings, "$.exercises[0].provenance.nextReviewDue", "review-overdue");
  });

  it("warns about a run/walk session longer than 110% of the plan's 30-day longest run", () => {
    const session = (runSeconds: number) => ({ day: "mon", blocks: [{ runSeconds, walkSeconds: 60, repeats: 1 }] });
    const runningPlan = {
      id: "plan",
      title: { "en-GB": "Walk/run" },
      weeks: [{ sessions: [session(600)] }, { sessions: [session(900)] }],
    };
    const result = parseLibrary(libraryWith([pr("runningPlan"), runningPlan]));
    expect(result.ok).toBe(true);
    expectIssue(result.warnings, "$.programmes[0].runningPlan.weeks[1].sessions[0]", "run-spike");
    expectIssue(result.warnings, "$.programmes[0].runningPlan.weeks[1]", "weekly-rise");
  });

  it("accepts Markdown-free text with a bare less-than sign", () => {
    const result = parseLibrary(libraryWith([ex("summary", "en-GB"), "Keep pain < 3/10 & stop if sharp."]));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe("parseExercise and parseProgramme", () => {
  it("parse a single exercise with paths from its root", () => {
    const result = parseExercise({ ...exerciseFixture(), category: "pilates" });
    expect(result.ok).toBe(false);
    expectIssue(result.ok ? [] : result.errors, "$.category", "unknown-value");
  });

  it("fills in empty lists for optional parts", () => {
    const { cues, regressions, ...rest } = exerciseFixture();
    const result = parseExercise(rest);
    expect(result.ok && result.value.cues).toEqual([]);
    expect(result.ok && result.value.regressions).toEqual([]);
  });

  it("checks a programme's exercise references only when told which exercises exist", () => {
    expect(parseProgramme(programmeFixture()).ok).toBe(true);
    const result = parseProgramme(programmeFixture(), { exerciseIds: ["clamshell"] });
    expectIssue(result.ok ? [] : result.errors, "$.phases[0].contents[0].exerciseId", "unknown-exercise");
  });

  it("explains the fix for a missing safety section in words", () => {
    const { contraindications, ...rest } = exerciseFixture();
    const result = parseExercise(rest);
    expect(result.ok ? "" : result.errors[0]?.message).toMatch(/noContraindications.*reviewer/);
  });
});
