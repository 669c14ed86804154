// Uses every public type of the content model, as a consumer would, under `strict` and `skipLibCheck: false`.
// The consumer check compiles this file with each supported TypeScript (5.4, 5.9, 6.0 and the native 7): none may
// report TS2589 ("excessively deep") or a missing declaration in a package's .d.ts.
import { clamshell, library, libraryWithDemoMedia, mediaBaseResolver } from "@movekit/content";
import type {
  CaptionTrack,
  Chapter,
  Contraindication,
  Criterion,
  CriterionCheck,
  Cue,
  Delivery,
  Dosage,
  EducationItem,
  Equipment,
  Evidence,
  Exercise,
  ExerciseLink,
  Frequency,
  IntervalBlock,
  Library,
  Load,
  LocalizedList,
  LocalizedText,
  Media,
  NoContraindications,
  PainBand,
  PainCheck,
  PainRule,
  Phase,
  Programme,
  ProgrammeRule,
  Provenance,
  RedFlag,
  Reference,
  RunningPlan,
  RunSession,
  RunWeek,
  SessionItem,
  TargetMuscle,
  Tempo,
  TimeRange,
  VideoSource,
} from "@movekit/core";
import { parseExercise, parseLibrary, parseProgramme } from "@movekit/core/validation";
import type { ExerciseDetailProps } from "@movekit/react/exercise-detail";
import { createTheme } from "@movekit/tokens";

// biome-ignore lint/style/useConst: `let l: Library` is the declaration that used to hit TS2589.
export let l: Library;
export async function load(r: Response): Promise<Library | undefined> {
  const result = parseLibrary(await r.json());
  return result.ok ? result.value : undefined;
}
export const one = (input: unknown): Exercise | undefined => {
  const r = parseExercise(input);
  return r.ok ? r.value : undefined;
};
export const programme = (input: unknown): Programme | undefined => {
  const r = parseProgramme(input);
  return r.ok ? r.value : undefined;
};
l = libraryWithDemoMedia(library, mediaBaseResolver("/movekit-media/"));

const exercise: Exercise = clamshell;
export const parts: {
  text: LocalizedText;
  list: LocalizedList;
  dosage: Dosage;
  tempo: Tempo | undefined;
  load: Load | undefined;
  frequency: Frequency | undefined;
  cue: Cue | undefined;
  time: TimeRange | undefined;
  red: RedFlag | undefined;
  contra: Contraindication | undefined;
  none: NoContraindications | undefined;
  kit: Equipment | undefined;
  muscle: TargetMuscle | undefined;
  link: ExerciseLink | undefined;
  media: Media | undefined;
  source: VideoSource | undefined;
  caption: CaptionTrack | undefined;
  chapter: Chapter | undefined;
  evidence: Evidence | undefined;
  reference: Reference | undefined;
  provenance: Provenance;
} = {
  text: exercise.name,
  list: exercise.aliases,
  dosage: exercise.defaultDosage,
  tempo: exercise.defaultDosage.tempo,
  load: exercise.defaultDosage.load,
  frequency: exercise.defaultDosage.frequency,
  cue: exercise.cues[0],
  time: exercise.cues[0]?.time,
  red: exercise.redFlags[0],
  contra: exercise.contraindications?.[0],
  none: exercise.noContraindications,
  kit: exercise.equipment[0],
  muscle: exercise.targetMuscles[0],
  link: exercise.progressions[0],
  media: exercise.media,
  source: exercise.media?.sources[0],
  caption: exercise.media?.captions[0],
  chapter: exercise.media?.chapters?.[0],
  evidence: exercise.evidence[0],
  reference: exercise.evidence[0]?.references[0],
  provenance: exercise.provenance,
};

const p: Programme | undefined = library.programmes[0];
export const programmeParts: {
  phase: Phase | undefined;
  criterion: Criterion | undefined;
  check: CriterionCheck | undefined;
  item: SessionItem | undefined;
  education: EducationItem | undefined;
  rule: ProgrammeRule | undefined;
  delivery: Delivery | undefined;
  pain: PainRule | undefined;
  band: PainBand | undefined;
  trend: PainCheck | undefined;
  plan: RunningPlan | undefined;
  week: RunWeek | undefined;
  session: RunSession | undefined;
  block: IntervalBlock | undefined;
} = {
  phase: p?.phases[0],
  criterion: p?.phases[0]?.exitCriteria[0],
  check: p?.phases[0]?.exitCriteria[0]?.check,
  item: p?.phases[0]?.contents[0],
  education: p?.phases[0]?.education[0],
  rule: p?.progressionRules[0],
  delivery: p?.delivery,
  pain: p?.painRule,
  band: p?.painRule.bands[0],
  trend: p?.painRule.weekOnWeekTrend,
  plan: p?.runningPlan,
  week: p?.runningPlan?.weeks[0],
  session: p?.runningPlan?.weeks[0]?.sessions[0],
  block: p?.runningPlan?.weeks[0]?.sessions[0]?.blocks[0],
};

export const props: ExerciseDetailProps = { exercise };
export const theme = createTheme;
