// Property: for any input JSON can express (and mutations of the shipped content), every parser answers with a
// result (ok, or errors that each carry a path, a known code and a message) and never throws.
import { exercises, library, programmes } from "@movekit/content";
import {
  fuzzParameters,
  hostileString,
  jsonish,
  mutate,
  mutationsOf,
  withinBound,
} from "@movekit/fixtures/fuzz-arbitraries";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseExercise, parseLibrary, parseProgramme } from "../model/parse";
import { VALIDATION_CODES, type ValidationIssue } from "../model/validation-error";
import { parseWebVtt } from "../video/webvtt";

const CODES = new Set<string>(VALIDATION_CODES);

type Answer = { ok: true } | { ok: false; errors: readonly ValidationIssue[] };

function expectAnswer(result: Answer): void {
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path.startsWith("$")).toBe(true);
    expect(CODES.has(error.code), error.code).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
  }
}

const anyInput = fc.oneof(jsonish, fc.anything(), hostileString);

// Paths are collected once per shipped item, not per run.
const exerciseMutations = exercises.map((base) => mutationsOf(base).map((mutation) => mutate(base, mutation)));
const programmeMutations = programmes.map((base) => mutationsOf(base).map((mutation) => mutate(base, mutation)));
const libraryMutations = mutationsOf(library).map((mutation) => mutate(library, mutation));
const pick = <T>(arbitraries: fc.Arbitrary<T>[]) => fc.oneof(...arbitraries);

// Each property runs a few hundred parses: a ceiling for a busy machine, not a timing assertion.
const CEILING = { timeout: 60_000 };

describe("fuzzing the content parsers (fixed seed; pnpm fuzz runs longer with a random seed)", () => {
  it("parseExercise answers for every mutation of every shipped exercise", CEILING, () => {
    fc.assert(
      fc.property(pick(exerciseMutations), (input) =>
        expectAnswer(withinBound("parseExercise", () => parseExercise(input))),
      ),
      fuzzParameters(),
    );
  });

  it("parseProgramme answers for every mutation of every shipped programme", CEILING, () => {
    const programme = pick(programmeMutations);
    const ids = exercises.map((e) => e.id);
    fc.assert(
      fc.property(programme, (input) =>
        expectAnswer(withinBound("parseProgramme", () => parseProgramme(input, { exerciseIds: ids }))),
      ),
      fuzzParameters(),
    );
  });

  it("parseLibrary answers for every mutation of the shipped library", CEILING, () => {
    fc.assert(
      fc.property(libraryMutations, (input) => expectAnswer(withinBound("parseLibrary", () => parseLibrary(input)))),
      // The whole library is parsed per run: fewer runs keep the normal suite quick.
      fuzzParameters(Math.max(20, Math.round((fuzzParameters().numRuns ?? 0) / 5))),
    );
  });

  it("every parser answers for arbitrary values and strings", CEILING, () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expectAnswer(withinBound("parseExercise", () => parseExercise(input)));
        expectAnswer(withinBound("parseProgramme", () => parseProgramme(input)));
        expectAnswer(withinBound("parseLibrary", () => parseLibrary(input)));
      }),
      fuzzParameters(),
    );
  });
});

const timestamp = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 999 }))
    .map(([m, s, ms]) => `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}.${String(ms).padStart(3, "0")}`),
  fc.stringMatching(/^\d{1,420}:[0-5]\d:[0-5]\d\.\d{3}$/),
  hostileString,
);
const cueBlock = fc
  .tuple(fc.option(hostileString, { nil: undefined }), timestamp, timestamp, fc.array(hostileString, { maxLength: 3 }))
  .map(([id, start, end, payload]) => `${id === undefined ? "" : `${id}\n`}${start} --> ${end}\n${payload.join("\n")}`);
const vttFile = fc
  .tuple(fc.constantFrom("WEBVTT", "\uFEFFWEBVTT - x", "WEBVTT\r", "webvtt", ""), fc.array(cueBlock, { maxLength: 8 }))
  .map(([header, blocks]) => [header, ...blocks].join("\n\n"));

describe("fuzzing parseWebVtt", () => {
  it(
    "answers with cues or errors (each with a path and code) for any caption file or string, never throwing",
    CEILING,
    () => {
      fc.assert(
        fc.property(
          fc.oneof(vttFile, hostileString, fc.string()),
          fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
          (source, durationSeconds) => {
            const result = withinBound("parseWebVtt", () => parseWebVtt(source, { durationSeconds }));
            expect(typeof result.ok).toBe("boolean");
            expect(result.ok).toBe(result.errors.length === 0);
            for (const error of result.errors) expect(error.path.startsWith("$")).toBe(true);
            for (const cue of result.cues) {
              expect(Number.isFinite(cue.start) && Number.isFinite(cue.end)).toBe(true);
              expect(cue.end).toBeGreaterThanOrEqual(cue.start);
            }
          },
        ),
        fuzzParameters(),
      );
    },
  );

  it("answers for values that are not text at all", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parseWebVtt(value as string).ok).toBe(false);
      }),
      fuzzParameters(),
    );
  });
});
