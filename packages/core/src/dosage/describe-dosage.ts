import { listFormat, weekdayName } from "../i18n/intl-cache";
import { type Locale, resolveLocale } from "../i18n/locale";
import { dosageMessages } from "../i18n/messages/index";
import { type MessageKey, type MessageOverrides, type Translator, translatorsFor } from "../i18n/translate";
import type { Dosage, Intervals, Weekday } from "./dosage-schema";
import { formatDistance, formatIntervalSeconds, formatSeconds, formatWeight, type UnitSystem } from "./format-units";

const translators = /* @__PURE__ */ translatorsFor([dosageMessages]);

export interface DescribeOptions {
  locale?: Locale | string;
  units?: UnitSystem;
  /** A host's wording or a locale pack (`@movekit/core/locales/es`); without it other locales read en-GB. */
  messages?: MessageOverrides;
}

export interface DosageDescription {
  /** Plain words: "3 sets of 10 repetitions on each side, hold each for 5 seconds". */
  text: string;
  /** Short form for cards and tables: "3 × 10 each side". */
  compact: string;
}

function weekdayNames(locale: Locale, days: readonly Weekday[]): string {
  return listFormat(locale, { type: "conjunction" }).format(days.map((day) => weekdayName(day, locale)));
}

/** "1 minute running, then 1 minute walking, 10 times" (or its compact "10 × 1 min run / 1 min walk"). */
function intervalPhrase(intervals: Intervals, tr: Translator, compact: boolean): string {
  const locale = tr.locale;
  const width = compact ? "short" : "long";
  const part = (p: Intervals["work"]) =>
    tr(`dosage.${compact ? "intervalShort" : "interval"}.${p.activity}`, {
      time: formatIntervalSeconds(locale, p.seconds, width),
    });
  return tr(compact ? "dosage.compactIntervals" : "dosage.intervals", {
    work: part(intervals.work),
    recovery: part(intervals.recovery),
    count: intervals.rounds,
  });
}

function volumePhrase(d: Dosage, tr: Translator, units: UnitSystem): string | undefined {
  const locale = tr.locale;
  const t = (key: MessageKey, vars = {}) => tr(key, vars);
  const side = d.perSide ? t("dosage.eachSide") : "";
  if (d.intervals) return intervalPhrase(d.intervals, tr, false) + side;
  const sets = d.sets ?? 1;
  if (d.reps !== undefined) {
    const reps = t("dosage.reps", { count: d.reps });
    const base = d.sets !== undefined ? t("dosage.setsOfReps", { sets, reps, count: sets }) : reps;
    return base + side;
  }
  if (d.holdSeconds !== undefined) {
    const time = formatSeconds(locale, d.holdSeconds);
    return (
      (d.sets !== undefined ? t("dosage.holds", { sets, time, count: sets }) : t("dosage.holdFor", { time })) + side
    );
  }
  const amount =
    d.durationSeconds !== undefined
      ? formatSeconds(locale, d.durationSeconds)
      : d.distance
        ? formatDistance(locale, d.distance, units)
        : undefined;
  if (amount === undefined) return undefined;
  return (d.sets !== undefined ? t("dosage.setsOfTime", { sets, time: amount, count: sets }) : amount) + side;
}

function detailPhrases(d: Dosage, tr: Translator, units: UnitSystem): string[] {
  const locale = tr.locale;
  const t = (key: MessageKey, vars = {}) => tr(key, vars);
  const time = (s: number) => formatSeconds(locale, s);
  const out: string[] = [];
  if (d.reps !== undefined && d.holdSeconds !== undefined)
    out.push(t("dosage.holdEach", { time: time(d.holdSeconds) }));
  if (d.tempo) {
    const { lower, pause, lift, pauseTop, start } = d.tempo;
    const lowerPhrases = [
      lower && t("dosage.tempoLower", { time: time(lower) }),
      pause && t("dosage.tempoPause", { time: time(pause) }),
    ];
    const liftPhrases = [
      lift && t("dosage.tempoLift", { time: time(lift) }),
      pauseTop && t("dosage.tempoPauseTop", { time: time(pauseTop) }),
    ];
    const ordered = start === "lift" ? [...liftPhrases, ...lowerPhrases] : [...lowerPhrases, ...liftPhrases];
    out.push(...ordered.filter((p): p is string => Boolean(p)));
  }
  if (d.load) {
    const load = d.load;
    if (load.kind === "bodyweight") out.push(t("dosage.loadBodyweight"));
    else if (load.kind === "band") out.push(t(`dosage.loadBand.${load.resistance}`));
    else if (load.kind === "rpe") out.push(t("dosage.loadRpe", { value: load.value }));
    else out.push(t("dosage.loadWeight", { weight: formatWeight(locale, load.kind, load.value, units) }));
  }
  if (d.restBetweenSetsSeconds) out.push(t("dosage.restSets", { time: time(d.restBetweenSetsSeconds) }));
  if (d.restBetweenSidesSeconds) out.push(t("dosage.restSides", { time: time(d.restBetweenSidesSeconds) }));
  if (d.intensity?.painCeiling !== undefined) out.push(t("dosage.painCeiling", { value: d.intensity.painCeiling }));
  if (d.intensity?.rpeCeiling !== undefined) out.push(t("dosage.rpeCeiling", { value: d.intensity.rpeCeiling }));
  const f = d.frequency;
  if (f?.timesPerDay !== undefined)
    out.push(f.timesPerDay === 2 ? t("dosage.twicePerDay") : t("dosage.timesPerDay", { count: f.timesPerDay }));
  if (f?.days) out.push(t("dosage.onDays", { days: weekdayNames(locale, f.days) }));
  else if (f?.daysPerWeek !== undefined) out.push(t("dosage.daysPerWeek", { count: f.daysPerWeek }));
  if (d.weeks !== undefined) out.push(t("dosage.weeks", { count: d.weeks }));
  return out;
}

function compactForm(d: Dosage, tr: Translator, units: UnitSystem): string {
  const locale = tr.locale;
  const short = (s: number) => formatSeconds(locale, s, "narrow");
  if (d.intervals) return intervalPhrase(d.intervals, tr, true);
  const amount =
    d.reps !== undefined
      ? String(d.reps)
      : d.holdSeconds !== undefined
        ? tr("dosage.compactHold", { time: short(d.holdSeconds) })
        : d.durationSeconds !== undefined
          ? short(d.durationSeconds)
          : d.distance
            ? formatDistance(locale, d.distance, units, "short")
            : "";
  let out = d.sets !== undefined && amount ? `${d.sets} × ${amount}` : amount;
  if (d.reps !== undefined && d.holdSeconds !== undefined) {
    out += ` · ${tr("dosage.compactHold", { time: short(d.holdSeconds) })}`;
  }
  if (d.perSide && out) out += ` ${tr("dosage.compactEachSide")}`;
  return out;
}

/** Writes a dosage as plain words and as a compact form, in the given locale and unit system. */
export function describeDosage(dosage: Dosage, options: DescribeOptions = {}): DosageDescription {
  const locale = resolveLocale(options.locale);
  const tr = translators(locale, options.messages);
  const units = options.units ?? (locale === "en-US" ? "imperial" : "metric");
  const parts = [volumePhrase(dosage, tr, units), ...detailPhrases(dosage, tr, units)].filter((p): p is string =>
    Boolean(p),
  );
  const text = parts.join(", ");
  return {
    text: text.charAt(0).toLocaleUpperCase(locale) + text.slice(1),
    compact: compactForm(dosage, tr, units),
  };
}
