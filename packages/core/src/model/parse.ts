import * as v from "valibot";
import type { Locale } from "../i18n/locale";
import { type CheckReport, checkExercise } from "./exercise-checks";
import { type Exercise, ExerciseSchema } from "./exercise-schema";
import { checkLadderCycles } from "./ladder-checks";
import type { Library } from "./library-schema";
import { checkProgramme } from "./programme-checks";
import { type Programme, ProgrammeSchema } from "./programme-schema";
import { checkTranslations } from "./translation-checks";
import { fromValibotIssues, issue, type ParseResult, type PathKey } from "./validation-error";

export interface ParseOptions {
  /**
   * Locales every text must be written in, besides the content's own `language` (always required),
   * e.g. `["en-GB", "es"]` for a bilingual clinic. Other locales fall back to en-GB, marked.
   */
  requiredLocales?: readonly Locale[];
  /** Today as YYYY-MM-DD, to warn about overdue reviews. Left out: no date warnings. */
  today?: string;
  /** Exercise ids a programme may use (parseProgramme only). Left out: references are not checked. */
  exerciseIds?: Iterable<string>;
}

/** Each field's checks stop at its first failure: an oversize text is refused on its length, never scanned. */
const PARSE_CONFIG = { abortPipeEarly: true } as const;

function localesFor(language: Locale, options: ParseOptions): Locale[] {
  return [...new Set([language, ...(options.requiredLocales ?? [])])];
}

function finish<T>(value: T | undefined, report: CheckReport): ParseResult<T> {
  return report.errors.length === 0 && value !== undefined
    ? { ok: true, value, warnings: report.warnings }
    : { ok: false, errors: report.errors, warnings: report.warnings };
}

/** valibot treats arrays as objects; content roots must be plain objects. */
function isRecord(input: unknown, keys: readonly PathKey[], what: string, report: CheckReport): boolean {
  if (input && typeof input === "object" && !Array.isArray(input)) return true;
  report.errors.push(
    issue(
      keys,
      "wrong-type",
      `Expected ${what} (a JSON object); found ${Array.isArray(input) ? "a list" : String(input)}.`,
    ),
  );
  return false;
}

function exerciseAt(input: unknown, keys: readonly PathKey[], options: ParseOptions, report: CheckReport) {
  if (!isRecord(input, keys, "an exercise", report)) return undefined;
  const result = v.safeParse(ExerciseSchema, input, PARSE_CONFIG);
  if (!result.success) {
    report.errors.push(...fromValibotIssues(result.issues, keys));
    return undefined;
  }
  checkExercise(result.output, keys, report, options);
  checkTranslations(result.output, localesFor(result.output.language, options), keys, report.errors);
  return result.output;
}

function programmeAt(
  input: unknown,
  keys: readonly PathKey[],
  options: ParseOptions & { exerciseIdSet?: ReadonlySet<string> },
  report: CheckReport,
) {
  if (!isRecord(input, keys, "a programme", report)) return undefined;
  const result = v.safeParse(ProgrammeSchema, input, PARSE_CONFIG);
  if (!result.success) {
    report.errors.push(...fromValibotIssues(result.issues, keys));
    return undefined;
  }
  checkProgramme(result.output, keys, report, { exerciseIds: options.exerciseIdSet, today: options.today });
  checkTranslations(result.output, localesFor(result.output.language, options), keys, report.errors);
  return result.output;
}

/** Validates one exercise: its shape, its safety information, captions, translations and dates. */
export function parseExercise(input: unknown, options: ParseOptions = {}): ParseResult<Exercise> {
  const report: CheckReport = { errors: [], warnings: [] };
  return finish(exerciseAt(input, [], options, report), report);
}

/** Validates one programme: its shape, phases, rules, pain rule and, given `exerciseIds`, its exercise references. */
export function parseProgramme(input: unknown, options: ParseOptions = {}): ParseResult<Programme> {
  const report: CheckReport = { errors: [], warnings: [] };
  const exerciseIdSet = options.exerciseIds ? new Set(options.exerciseIds) : undefined;
  return finish(programmeAt(input, [], { ...options, exerciseIdSet }, report), report);
}

const LibraryShellSchema = v.strictObject(
  {
    $schema: v.optional(v.string("wrong-type")),
    exercises: v.array(v.unknown(), "wrong-type"),
    programmes: v.optional(v.array(v.unknown(), "wrong-type"), []),
  },
  "wrong-type",
);

function rawId(item: unknown): string | undefined {
  const id = item && typeof item === "object" ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : undefined;
}

/**
 * Validates a whole library: every exercise and programme, plus what only the whole can show: duplicate ids
 * and slugs, links to exercises that do not exist, and progression or regression ladders that loop.
 */
export function parseLibrary(input: unknown, options: ParseOptions = {}): ParseResult<Library> {
  const report: CheckReport = { errors: [], warnings: [] };
  if (!isRecord(input, [], 'a library with "exercises" and "programmes"', report))
    return finish<Library>(undefined, report);
  const shell = v.safeParse(LibraryShellSchema, input, PARSE_CONFIG);
  if (!shell.success) return finish<Library>(undefined, { errors: fromValibotIssues(shell.issues), warnings: [] });
  const { exercises: rawExercises, programmes: rawProgrammes } = shell.output;

  // Ids come from the raw input so that one broken exercise does not make every link to it "unknown".
  const exerciseIdSet = new Set(rawExercises.map(rawId).filter((id): id is string => id !== undefined));
  checkUnique(rawExercises, "exercises", "id", report);
  checkUnique(rawExercises, "exercises", "slug", report);
  checkUnique(rawProgrammes, "programmes", "id", report);

  const exercises = rawExercises.map((item, i) => exerciseAt(item, ["exercises", i], options, report));
  const programmes = rawProgrammes.map((item, i) =>
    programmeAt(item, ["programmes", i], { ...options, exerciseIdSet }, report),
  );
  exercises.forEach((exercise, i) => {
    if (!exercise) return;
    for (const list of ["regressions", "progressions"] as const) {
      exercise[list].forEach((link, j) => {
        if (!exerciseIdSet.has(link.exerciseId)) {
          report.errors.push(
            issue(
              ["exercises", i, list, j, "exerciseId"],
              "unknown-exercise",
              `No exercise has the id "${link.exerciseId}". Check the spelling or add the exercise to the library.`,
            ),
          );
        }
      });
    }
  });
  checkLadderCycles(exercises, "progressions", report);
  checkLadderCycles(exercises, "regressions", report);

  const valid = exercises.every(Boolean) && programmes.every(Boolean);
  const value: Library | undefined = valid
    ? {
        ...(shell.output.$schema !== undefined ? { $schema: shell.output.$schema } : {}),
        exercises: exercises as Exercise[],
        programmes: programmes as Programme[],
      }
    : undefined;
  return finish(value, report);
}

function checkUnique(items: readonly unknown[], list: string, key: "id" | "slug", report: CheckReport): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const value = item && typeof item === "object" ? (item as Record<string, unknown>)[key] : undefined;
    if (typeof value !== "string") return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else {
      report.errors.push(
        issue(
          [list, i, key],
          "duplicate-id",
          `The ${key} "${value}" is already used by ${list}[${first}]. Each ${key} must be unique in the library.`,
        ),
      );
    }
  });
}
