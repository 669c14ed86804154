// SAMPLE TEXT, NOT CLINICAL CONTENT. An Arabic glute bridge for the right-to-left stories of ExerciseCard,
// ExerciseDetail and ProgressionLadder, written for layout review only (see rtl-samples.ts for why the text sits
// in the default-locale slot). No clinician has reviewed it; it must never ship to patients.
import type { Catalogue, Exercise } from "@movekit/core";
import { expect, within } from "storybook/test";
import { gluteBridge } from "./exercise-fixtures";
import { arabicContraindications, arabicCues, arabicMessages, arabicRedFlags } from "./rtl-samples";

const ar = (text: string) => ({ "en-GB": text });

/** The kit strings these three components show, beside the shared Arabic ones. */
export const arabicExerciseMessages: Partial<Catalogue> = {
  ...arabicMessages,
  "exerciseCard.targetArea": "المنطقة المستهدفة",
  "exerciseCard.difficulty": "المستوى",
  "exerciseCard.equipment": "الأدوات",
  "exerciseCard.noEquipment": "لا شيء",
  "exerciseCard.optional": "{name} (اختياري)",
  "exerciseCard.cautions": { one: "تنبيه واحد: اقرأه قبل أن تبدأ", other: "{count} تنبيهات: اقرأها قبل أن تبدأ" },
  "exerciseCard.noCautions": "لا تنبيهات معروفة: راجعها مختص",
  "exerciseDetail.safety": "السلامة: اقرأ هذا قبل أن تبدأ",
  "exerciseDetail.startPosition": "وضعية البداية",
  "exerciseDetail.steps": "الخطوات",
  "exerciseDetail.cues": "إرشادات الأداء",
  "exerciseDetail.feel": "ما الذي يجب أن تشعر به",
  "exerciseDetail.mistakes": "أخطاء شائعة",
  "exerciseDetail.dosage": "كم تمارس",
  "exerciseDetail.ladder": "نسخ أسهل وأصعب",
  "exerciseDetail.evidence": "الأدلة والمراجعة",
  "progression.label": "نسخ أسهل وأصعب",
  "progression.easier": "أسهل",
  "progression.current": "هذا التمرين",
  "progression.harder": "أصعب",
  "progression.noEasier": "لا توجد نسخة أسهل.",
  "progression.noHarder": "لا توجد نسخة أصعب.",
  "dosage.label": "الجرعة",
};

/** The fixture glute bridge with every text field in Arabic sample text (poster and structure unchanged). */
export const arabicExercise: Exercise = {
  ...gluteBridge,
  name: ar("جسر الأرداف"),
  aliases: { "en-GB": [] },
  summary: ar("ارفع الوركين عن الأرض لتقوية عضلات المؤخرة."),
  targetMuscles: [{ id: "gluteus-maximus", name: ar("العضلة الألوية الكبرى"), primary: true }],
  equipment: [{ id: "exercise-mat", name: ar("حصيرة تمارين"), optional: true, substitutions: [] }],
  startPosition: ar("استلقِ على ظهرك، ركبتاك مثنيتان وقدماك على الأرض."),
  steps: [ar("شدّ عضلات المؤخرة."), ar("ارفع الوركين حتى يصبح جسمك خطاً مستقيماً."), ar("انزل ببطء.")],
  cues: arabicCues.map((cue, index) => ({ ...cue, id: `sample-cue-${index + 1}` })),
  commonMistakes: [ar("الدفع بأصابع القدمين."), ar("تقويس الظهر للارتفاع أكثر.")],
  whatYouShouldFeel: ar("جهداً في المؤخرة وخلف الفخذين، لا في أسفل الظهر."),
  contraindications: arabicContraindications,
  redFlags: arabicRedFlags,
  regressions: gluteBridge.regressions.map((step) => ({ ...step, criteria: ar("إذا آلمك الرفع والإنزال.") })),
  progressions: gluteBridge.progressions.map((step) => ({
    ...step,
    criteria: ar("عندما تصبح 3 مجموعات من 12 سهلة ويبقى الألم عند 2 من 10 أو أقل."),
  })),
};

/** The ladder's neighbours with Arabic sample names. */
export const arabicLadder: Pick<Exercise, "id" | "slug" | "name">[] = [
  { id: "bridge-hold", slug: "bridge-hold", name: ar("ثبات الجسر") },
  { id: "glute-bridge", slug: "glute-bridge", name: arabicExercise.name },
  { id: "single-leg-glute-bridge", slug: "single-leg-glute-bridge", name: ar("جسر الأرداف على ساق واحدة") },
];

/** Checks the story really is Arabic, right to left: the scope's lang and dir, and the exercise's Arabic name. */
export async function expectArabicRtl(canvasElement: HTMLElement): Promise<void> {
  const scope = canvasElement.querySelector(".mk-story-scope");
  await expect(scope).toHaveAttribute("lang", "ar");
  await expect(scope).toHaveAttribute("dir", "rtl");
  await expect(within(canvasElement).getAllByText("جسر الأرداف").length).toBeGreaterThan(0);
}
