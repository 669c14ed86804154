import type { Locale } from "../i18n/locale";
import { evidenceMessages, safetyMessages } from "../i18n/messages/index";
import { recordsMessages } from "../i18n/messages/records";
import { type MessageKey, type MessageVars, translatorsFor } from "../i18n/translate";
import { localize } from "../model/localize";
import type { Exercise, Programme, RedFlag } from "../model/types";
import { findExtension, localizedExtension, MOVEKIT_FHIR_BASE, readLocalizedExtension } from "./fhir-extensions";
import type { Annotation } from "./fhir-types";
import { spanishRecords } from "./spanish";

const translators = /* @__PURE__ */ translatorsFor([evidenceMessages, recordsMessages, safetyMessages]);
const translate = (locale: Locale, key: MessageKey, vars?: MessageVars) =>
  translators(locale, spanishRecords)(key, vars);

const RED_FLAG_URL = `${MOVEKIT_FHIR_BASE}/StructureDefinition/red-flag`;

const words = (locale: Locale, text: Parameters<typeof localize>[0]) => localize(text, locale).text;

function redFlagWords(flag: RedFlag, locale: Locale): string {
  const tier = translate(locale, `safety.tier.${flag.urgency}`);
  return `${translate(locale, "safety.prefix", { tier })} ${words(locale, flag.text)} ${words(locale, flag.action)}`;
}

/**
 * The safety text a CarePlan must carry, as notes a receiving system shows as they are: the review status, the
 * programme's warning signs (with their tier in words), the pain rule's bands, and each exercise's
 * contraindications and warning signs. Receivers ignore extensions they do not know, so none of this lives only in
 * an extension.
 */
export function safetyNotes(programme: Programme, exercises: readonly (Exercise | string)[], locale: Locale) {
  const notes: Annotation[] = [];
  if (programme.provenance.status !== "reviewed") notes.push({ text: translate(locale, "evidence.notReviewed") });
  for (const flag of programme.redFlags) {
    notes.push({
      extension: [
        {
          url: RED_FLAG_URL,
          extension: [
            { url: "id", valueString: flag.id },
            { url: "urgency", valueString: flag.urgency },
            localizedExtension("text", flag.text, locale),
            localizedExtension("action", flag.action, locale),
          ],
        },
      ],
      text: redFlagWords(flag, locale),
    });
  }
  const rule = programme.painRule;
  for (const band of rule.bands) {
    const vars = { rule: words(locale, rule.name), min: band.min, max: band.max };
    const text = translate(locale, "records.painBand", {
      ...vars,
      label: words(locale, band.label),
      message: words(locale, band.message),
    });
    notes.push({ text });
  }
  for (const exercise of exercises) {
    if (typeof exercise === "string") {
      notes.push({ text: translate(locale, "records.missingExercise", { id: exercise }) });
      continue;
    }
    const name = words(locale, exercise.name);
    const say = (text: string) =>
      notes.push({ text: translate(locale, "records.exerciseSafety", { exercise: name, text }) });
    for (const item of exercise.contraindications ?? []) {
      say(translate(locale, `records.contraindication.${item.severity}`, { text: words(locale, item.text) }));
      if (item.modification)
        say(translate(locale, "records.contraindication.modification", { text: words(locale, item.modification) }));
    }
    for (const flag of exercise.redFlags) say(redFlagWords(flag, locale));
  }
  return notes;
}

/** The programme's warning signs, read back from the notes `safetyNotes` wrote. */
export function readRedFlags(notes: unknown): unknown[] {
  if (!Array.isArray(notes)) return [];
  return notes.flatMap((note) => {
    const ext = findExtension(note, RED_FLAG_URL);
    if (!ext) return [];
    const part = (url: string) => findExtension(ext, url);
    return [
      {
        id: part("id")?.valueString,
        urgency: part("urgency")?.valueString,
        text: readLocalizedExtension(part("text")),
        action: readLocalizedExtension(part("action")),
      },
    ];
  });
}
