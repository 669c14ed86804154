// SAMPLE TEXT, NOT CLINICAL CONTENT. Short Arabic exercise text for the right-to-left stories, so designers see
// real Arabic script (joined letters, mixed numerals, punctuation at the start edge) rather than mirrored English.
// Written for layout review only: no clinician has reviewed it and it must never ship to patients.
//
// The kit ships en-GB, en-US and es catalogues. A host serving Arabic readers would translate both the content and
// the kit's own strings; these stories do the same through public props: the locale "ar" (lang="ar", dir="rtl"),
// the kit strings through `messages`, and the content text in the default-locale slot, which the kit shows to any
// reader whose language it has no catalogue for.
import type { Catalogue, Contraindication, Cue, RedFlag } from "@movekit/core";

/** The kit strings the Arabic stories show (cue list, contraindications, safety notices, fallback marker). */
export const arabicMessages: Partial<Catalogue> = {
  "cues.label": "إرشادات الأداء",
  "cues.do": "افعل:",
  "cues.dont": "لا تفعل:",
  "cues.empty": "لا توجد إرشادات لهذا التمرين بعد.",
  "contraindications.absolute.heading": "لا تمارس هذا التمرين إذا:",
  "contraindications.relative.heading": "استشر أخصائيك أولاً، أو عدّل التمرين، إذا:",
  "contraindications.modification": "كيف تعدّله:",
  "contraindications.none": "لا توجد أسباب معروفة لتجنّب هذا التمرين.",
  "safety.tier.emergency": "طوارئ",
  "safety.tier.urgent": "عاجل",
  "safety.tier.non-urgent": "غير عاجل",
  "safety.tier.stop-exercising": "توقّف عن التمرين",
  "safety.heading.emergency": "اتصل بالرقم {number} أو اذهب إلى قسم الطوارئ الآن إذا:",
  "safety.heading.urgent": "اطلب موعداً عاجلاً مع طبيبك العام أو اتصل بالرقم 111 إذا:",
  "safety.heading.non-urgent": "تحدّث إلى أخصائي العلاج الطبيعي أو طبيبك العام إذا:",
  "safety.heading.stop-exercising": "توقّف عن التمرين فوراً إذا:",
  "safety.callNumber": "اتصل بالرقم {number}",
  "safety.redFlags": "متى تتوقف وتطلب المساعدة",
  "content.inEnglish": "(بالإنجليزية)",
};

/** Story annotations: Arabic reader, right to left, the kit strings above through the provider and the prop. */
export const arabicRtl = {
  globals: { locale: "ar", dir: "rtl" },
  parameters: { movekitMessages: arabicMessages },
} as const;

/** Sample cues for a glute bridge (sample text, not clinical content). */
export const arabicCues: Cue[] = [
  { role: "setup", kind: "do", text: { "en-GB": "ضع قدميك على الأرض بعرض الوركين." } },
  { role: "movement", kind: "do", text: { "en-GB": "شدّ عضلات المؤخرة، ثم ارفع الوركين." } },
  { role: "breathing", text: { "en-GB": "أخرج النفس وأنت ترفع." } },
  { role: "form", kind: "dont", text: { "en-GB": "لا تقوّس أسفل ظهرك في الأعلى." } },
  { role: "safety", kind: "dont", text: { "en-GB": "لا تستمر إذا شعرت بألم حاد." } },
];

/** Sample contraindications, one of each severity (sample text, not clinical content). */
export const arabicContraindications: Contraindication[] = [
  {
    id: "sample-no-weight",
    severity: "absolute",
    text: { "en-GB": "طلب منك الجرّاح أو أخصائي العلاج الطبيعي ألا تحمّل وزنك على الورك بعد." },
  },
  {
    id: "sample-back-pain",
    severity: "relative",
    text: { "en-GB": "ألم في الظهر يزداد كلما رفعت الوركين." },
    modification: { "en-GB": "ارفع الوركين إلى منتصف المسافة فقط." },
  },
];

/** Sample warning-sign lines for a SafetyNotice (sample text, not clinical content). */
export const arabicEmergencyItems = ["ألم أو ضيق في الصدر أثناء التمرين.", "ضيق نفس مفاجئ لا يهدأ عندما تتوقف."];

/** Sample red flags (sample text, not clinical content). */
export const arabicRedFlags: RedFlag[] = [
  {
    id: "sample-chest-pain",
    urgency: "emergency",
    text: { "en-GB": "ألم في الصدر أو ضيق نفس مفاجئ أثناء التمرين." },
    action: { "en-GB": "توقّف واطلب المساعدة الآن." },
  },
  {
    id: "sample-sharp-pain",
    urgency: "stop-exercising",
    text: { "en-GB": "ألم حاد ومفاجئ في الورك أو الظهر." },
    action: { "en-GB": "توقّف واسترح، وأخبر أخصائي العلاج الطبيعي." },
  },
];
