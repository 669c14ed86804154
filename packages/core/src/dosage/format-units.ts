import { numberFormat } from "../i18n/intl-cache";
import type { Locale } from "../i18n/locale";

export type UnitSystem = "metric" | "imperial";
type Width = "long" | "short" | "narrow";

const KG_PER_LB = 0.45359237;
const KM_PER_MI = 1.609344;

function unit(locale: Locale, value: number, unitName: string, width: Width): string {
  return numberFormat(locale, { style: "unit", unit: unitName, unitDisplay: width, maximumFractionDigits: 1 }).format(
    value,
  );
}

/** "90 seconds", "2 minutes", "1.5 minutes" → whole minutes only when the time divides evenly. */
export function formatSeconds(locale: Locale, seconds: number, width: Width = "long"): string {
  // Narrow minutes read as metres in English ("5m"), so minutes are never narrower than "5 min".
  if (seconds >= 120 && seconds % 60 === 0) {
    return unit(locale, seconds / 60, "minute", width === "narrow" ? "short" : width);
  }
  return unit(locale, seconds, "second", width);
}

/** Interval parts read as a watch shows them: "1 minute", "90 seconds", "2 minutes" (whole minutes from 60 s). */
export function formatIntervalSeconds(locale: Locale, seconds: number, width: Width = "long"): string {
  if (seconds >= 60 && seconds % 60 === 0) {
    return unit(locale, seconds / 60, "minute", width === "narrow" ? "short" : width);
  }
  return unit(locale, seconds, "second", width);
}

export function formatWeight(locale: Locale, kind: "kg" | "lb", value: number, units: UnitSystem): string {
  const wantsPounds = units === "imperial";
  if (kind === "kg" && wantsPounds) return unit(locale, value / KG_PER_LB, "pound", "short");
  if (kind === "lb" && !wantsPounds) return unit(locale, value * KG_PER_LB, "kilogram", "short");
  return unit(locale, value, kind === "kg" ? "kilogram" : "pound", "short");
}

export function formatDistance(
  locale: Locale,
  distance: { value: number; unit: "m" | "km" | "mi" },
  units: UnitSystem,
  width: Width = "long",
): string {
  const km =
    distance.unit === "m"
      ? distance.value / 1000
      : distance.unit === "km"
        ? distance.value
        : distance.value * KM_PER_MI;
  if (units === "imperial") return unit(locale, km / KM_PER_MI, "mile", width);
  if (km < 1) return unit(locale, km * 1000, "meter", width);
  return unit(locale, km, "kilometer", width);
}
