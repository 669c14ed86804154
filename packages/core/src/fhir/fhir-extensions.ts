import { LOCALES, type Locale } from "../i18n/locale";
import type { LocalizedText } from "../model/localized-text";
import type { Extension, PrimitiveElement } from "./fhir-types";

/**
 * Where Movekit's own extensions and code systems are named. `.invalid` is a reserved domain: these are names, not
 * addresses, until a host publishes StructureDefinitions and maps them to its own canonical base.
 */
export const MOVEKIT_FHIR_BASE = "https://movekit.invalid/fhir";
export const movekitUrl = (name: string) => `${MOVEKIT_FHIR_BASE}/StructureDefinition/${name}`;
export const MOVEKIT_EXERCISE_SYSTEM = `${MOVEKIT_FHIR_BASE}/CodeSystem/exercise`;
export const MOVEKIT_PROGRAMME_SYSTEM = `${MOVEKIT_FHIR_BASE}/programme`;
/** FHIR's standard extension for a primitive's text in another language. */
export const TRANSLATION_URL = "http://hl7.org/fhir/StructureDefinition/translation";
export const UCUM = "http://unitsofmeasure.org";

/**
 * A localized text as a FHIR string plus its `_name` element: the value in `locale` (or its fallback), and every
 * language the content has as a translation extension, so the import gets back exactly what was exported.
 */
export function localizedPrimitive(text: LocalizedText, locale: Locale): { value: string; element: PrimitiveElement } {
  const value = text[locale] ?? text["en-GB"];
  const extension = LOCALES.filter((lang) => text[lang] !== undefined).map((lang) => ({
    url: TRANSLATION_URL,
    extension: [
      { url: "lang", valueCode: lang },
      { url: "content", valueString: text[lang] as string },
    ],
  }));
  return { value, element: { extension } };
}

/** Reads back what `localizedPrimitive` wrote; a value without translations is taken as en-GB. */
export function readLocalized(value: unknown, element: unknown): LocalizedText | undefined {
  const out: Partial<Record<Locale, string>> = {};
  for (const ext of extensionsOf(element)) {
    if (ext.url !== TRANSLATION_URL) continue;
    const lang = ext.extension?.find((e) => e.url === "lang")?.valueCode;
    const content = ext.extension?.find((e) => e.url === "content")?.valueString;
    if ((LOCALES as readonly unknown[]).includes(lang) && typeof content === "string") out[lang as Locale] = content;
  }
  if (out["en-GB"] !== undefined) return out as LocalizedText;
  return typeof value === "string" ? { "en-GB": value } : undefined;
}

/** A localized text as a `valueString` extension with its translations on `_valueString`. */
export function localizedExtension(url: string, text: LocalizedText, locale: Locale): Extension {
  const { value, element } = localizedPrimitive(text, locale);
  return { url, valueString: value, _valueString: element };
}

export function readLocalizedExtension(ext: Extension | undefined): LocalizedText | undefined {
  if (!ext) return undefined;
  return readLocalized(ext.valueString, ext._valueString);
}

/** The `extension` array of anything, or [] when it has none or is not an object. */
export function extensionsOf(element: unknown): Extension[] {
  if (typeof element !== "object" || element === null) return [];
  const list = (element as { extension?: unknown }).extension;
  return Array.isArray(list) ? list.filter((e): e is Extension => typeof e === "object" && e !== null) : [];
}

export const findExtension = (element: unknown, url: string) => extensionsOf(element).find((e) => e.url === url);
export const findExtensions = (element: unknown, url: string) => extensionsOf(element).filter((e) => e.url === url);

/**
 * Any plain JSON object as nested extensions, one per field, so a structure such as a dosage travels in full:
 * numbers as valueInteger or valueDecimal, booleans as valueBoolean, strings as valueString, lists as repeated
 * extensions, objects as nested ones.
 */
export function toExtensions(value: Record<string, unknown>): Extension[] {
  const out: Extension[] = [];
  for (const [key, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === undefined || item === null) continue;
      if (typeof item === "number")
        out.push(Number.isInteger(item) ? { url: key, valueInteger: item } : { url: key, valueDecimal: item });
      else if (typeof item === "boolean") out.push({ url: key, valueBoolean: item });
      else if (typeof item === "string") out.push({ url: key, valueString: item });
      else if (typeof item === "object")
        out.push({ url: key, extension: toExtensions(item as Record<string, unknown>) });
    }
  }
  return out;
}

/** Reads back `toExtensions`; `listKeys` names the fields that are lists even with one item. */
export function fromExtensions(
  extensions: readonly Extension[],
  listKeys: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const ext of extensions) {
    if (typeof ext.url !== "string" || ext.url === "__proto__") continue;
    const value =
      ext.valueInteger ??
      ext.valueDecimal ??
      ext.valueBoolean ??
      ext.valueString ??
      (Array.isArray(ext.extension) ? fromExtensions(ext.extension, listKeys) : undefined);
    if (value === undefined) continue;
    if (listKeys.has(ext.url)) out[ext.url] = [...((out[ext.url] as unknown[]) ?? []), value];
    else out[ext.url] = value;
  }
  return { ...out };
}
