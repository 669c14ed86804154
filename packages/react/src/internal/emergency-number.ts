import { type Locale, resolveLocale } from "@movekit/core";

/** Public emergency numbers by locale: 999 (UK), 911 (US), 112 (Spain and the EU). Clinics can override them. */
export const DEFAULT_EMERGENCY_NUMBERS: Readonly<Record<Locale, string>> = {
  "en-GB": "999",
  "en-US": "911",
  es: "112",
};

/** Emergency numbers keyed by locale tag; an exact tag ("es-MX") wins over the supported locale ("es"). */
export type EmergencyNumbers = Partial<Record<Locale | (string & {}), string>>;

/** The emergency number to show for `locale`: the clinic's own first, then the public default. */
export function emergencyNumberFor(locale: Locale | string, numbers: EmergencyNumbers = {}): string {
  const resolved = resolveLocale(locale);
  return numbers[locale] ?? numbers[resolved] ?? DEFAULT_EMERGENCY_NUMBERS[resolved];
}

/** A `tel:` URL with only the characters a dialler uses, so content can never inject another scheme. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+*#]/g, "")}`;
}
