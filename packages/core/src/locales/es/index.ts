import type { LocaleMessages } from "../../i18n/translate";
import { content } from "./content";
import { contraindications } from "./contraindications";
import { cues } from "./cues";
import { demo } from "./demo";
import { dosage } from "./dosage";
import { errorBoundary } from "./error-boundary";
import { evidence } from "./evidence";
import { exerciseCard } from "./exercise-card";
import { exerciseDetail } from "./exercise-detail";
import { exerciseLibrary } from "./exercise-library";
import { exerciseSafety } from "./exercise-safety";
import { painCheck } from "./pain-check";
import { programme } from "./programme";
import { progress } from "./progress";
import { progression } from "./progression";
import { runPlan } from "./run-plan";
import { safety } from "./safety";
import { session } from "./session";
import { video } from "./video";
import { vocab } from "./vocab";

/**
 * Every Movekit string in Spanish (es), opt-in so pages in other languages do not ship it. Pass it as `messages`
 * where you set the locale: `<MovekitProvider locale="es" messages={es}>`, a static component's `messages` prop,
 * or a core function's `messages` option. It only applies when the locale resolves to es; a key it lacks, or a
 * page without it, shows en-GB. The CERT report and exported records (`@movekit/core/cert`, `/fhir`) carry
 * their own Spanish (`./cert`, `./records`), so this pack does not.
 */
export const es: LocaleMessages = {
  locales: {
    es: {
      ...content,
      ...contraindications,
      ...cues,
      ...demo,
      ...dosage,
      ...errorBoundary,
      ...evidence,
      ...exerciseCard,
      ...exerciseDetail,
      ...exerciseLibrary,
      ...exerciseSafety,
      ...painCheck,
      ...programme,
      ...progress,
      ...progression,
      ...runPlan,
      ...safety,
      ...session,
      ...video,
      ...vocab,
    },
  },
};
