import { amountKind, resolveItemDosage } from "../dosage/merge-dosage";
import { type Locale, resolveLocale } from "../i18n/locale";
import { certMessages } from "../i18n/messages/cert";
import { type MessageOverrides, type MessageVars, translatorsFor } from "../i18n/translate";
import { cert } from "../locales/es/cert";
import type { Exercise, Programme } from "../model/types";

const translators = /* @__PURE__ */ translatorsFor([certMessages]);
// The report is written in the locale asked for, and this subpath is opt-in already: it carries its Spanish.
const spanish: MessageOverrides = { locales: { es: cert } };

/**
 * The Consensus on Exercise Reporting Template (CERT; Slade SC, Dionne CE, Underwood M, Buchbinder R. Br J Sports
 * Med 2016;50(23):1428-37, doi:10.1136/bjsports-2016-096651): 16 items, three of them in two parts, so 19 entries.
 */
export const CERT_ITEMS = [
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7a",
  "7b",
  "8",
  "9",
  "10",
  "11",
  "12",
  "13",
  "14a",
  "14b",
  "15",
  "16a",
  "16b",
] as const;
export type CertItem = (typeof CERT_ITEMS)[number];

export interface CertEntry {
  item: CertItem;
  /** The item in plain words, in the report's locale. */
  title: string;
  /** "covered": the content answers the item; "partial": some of it; "missing": nothing in the content does. */
  status: "covered" | "partial" | "missing";
  /** What in the content covers it (or why it does not), in the report's locale. */
  evidence: string[];
}

export interface CertOptions {
  locale?: Locale | string;
}

/**
 * How well a programme, with the exercises it uses, reports each CERT item: a checklist for authors and reviewers.
 * Items about delivery in practice (adherence, fidelity) can at most be partly answered by content.
 */
export function certReport(
  programme: Programme,
  catalogue: readonly Exercise[],
  options: CertOptions = {},
): CertEntry[] {
  const locale = resolveLocale(options.locale);
  const t = (key: string, vars: MessageVars = {}) => translators(locale, spanish)(key as never, vars);
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const items = programme.phases.flatMap((phase) => phase.contents);
  const ids = [...new Set(items.map((item) => item.exerciseId))];
  const used = ids.flatMap((id) => byId.get(id) ?? []);
  const missingIds = ids.filter((id) => !byId.has(id));
  const missingNote = missingIds.length ? [t("cert.ev.missing", { ids: missingIds.join(", ") })] : [];
  const complete = missingIds.length === 0;
  const { delivery, provenance } = programme;
  const entries: Omit<CertEntry, "title">[] = [];
  const add = (item: CertItem, status: CertEntry["status"], ...evidence: string[]) =>
    entries.push({ item, status, evidence: evidence.length ? evidence : [t("cert.ev.none")] });

  const noEquipment = used.filter((e) => e.equipment.length === 0).length;
  add(
    "1",
    complete ? "covered" : "partial",
    t("cert.ev.equipment", { total: used.length, none: noEquipment }),
    ...missingNote,
  );
  if (provenance.status === "reviewed")
    add(
      "2",
      "partial",
      t("cert.ev.reviewed", { author: provenance.author, reviewer: provenance.reviewer, date: provenance.reviewedOn }),
    );
  else add("2", "missing", t("cert.ev.draft", { author: provenance.author }));
  const deliveryPart = (item: CertItem, key: "format" | "supervision" | "setting") =>
    delivery
      ? add(item, "covered", t(`cert.ev.${key}`, { value: delivery[key] }))
      : add(item, "missing", t("cert.ev.noDelivery"));
  deliveryPart("3", "format");
  deliveryPart("4", "supervision");
  add("5", "partial", t("cert.ev.logs"));
  add("6", "missing");

  const rules = programme.progressionRules;
  const checked = rules.filter((r) => r.criteria.some((c) => c.check)).length;
  const exits = programme.phases.filter((p) => p.exitCriteria.length > 0).length;
  const allChecked = checked === rules.length && programme.phases.every((p) => p.exitCriteria.some((c) => c.check));
  add("7a", allChecked ? "covered" : "partial", t("cert.ev.rules", { rules: rules.length, checked, exits }));
  const ladders = used.filter((e) => e.progressions.length + e.regressions.length > 0).length;
  const phasesEvidence = t("cert.ev.phases", {
    phases: programme.phases.length,
    regressions: programme.regressionRules.length,
    ladders,
  });
  add("7b", programme.phases.length > 1 || ladders > 0 ? "covered" : "partial", phasesEvidence);

  const described = used.filter((e) => e.steps.length > 0 && e.cues.length > 0 && e.startPosition).length;
  const videos = used.filter((e) => e.media && e.media.captions.length > 0).length;
  const fullyDescribed = complete && described === used.length && videos === used.length;
  add(
    "8",
    fullyDescribed ? "covered" : described > 0 ? "partial" : "missing",
    t("cert.ev.exercises", { described, total: ids.length, videos }),
    ...missingNote,
  );
  if (!delivery) add("9", "missing", t("cert.ev.noDelivery"));
  else add("9", delivery.setting === "home" ? "covered" : "partial", t("cert.ev.setting", { value: delivery.setting }));
  const education = programme.phases.reduce((n, p) => n + p.education.length, 0);
  if (education > 0) add("10", "covered", t("cert.ev.education", { count: education }));
  else add("10", "missing");
  const flags = programme.redFlags.length + used.reduce((n, e) => n + e.redFlags.length, 0);
  const contra = used.reduce((n, e) => n + (e.contraindications?.length ?? 0), 0);
  add("11", "partial", t("cert.ev.safety", { flags, contra, bands: programme.painRule.bands.length }));
  deliveryPart("12", "setting");

  const dosed = items.filter((item) => amountKind(resolveItemDosage(item, byId.get(item.exerciseId))) !== undefined);
  add(
    "13",
    dosed.length === items.length ? "covered" : dosed.length > 0 ? "partial" : "missing",
    t("cert.ev.dosage", { dosed: dosed.length, total: items.length }),
  );
  const tailored = programme.regressionRules.length > 0 || ladders > 0;
  const tailoring = tailored
    ? t("cert.ev.tailored", { regressions: programme.regressionRules.length })
    : t("cert.ev.generic");
  add("14a", "covered", tailoring);
  add("14b", tailored ? "covered" : "partial", tailoring);
  const later = programme.phases.slice(1);
  const withEntry = later.filter((p) => p.entryCriteria.length > 0).length;
  add(
    "15",
    withEntry === later.length ? "covered" : withEntry > 0 ? "partial" : "missing",
    t("cert.ev.entry", { withEntry, later: later.length }),
  );
  add("16a", "partial", t("cert.ev.logs"));
  add("16b", "missing", t("cert.ev.afterDelivery"));

  return entries.map((entry) => ({ ...entry, title: t(`cert.${entry.item}`) }));
}
