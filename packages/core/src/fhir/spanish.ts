import type { MessageOverrides } from "../i18n/translate";
import { dosage } from "../locales/es/dosage";
import { evidence } from "../locales/es/evidence";
import { painCheck } from "../locales/es/pain-check";
import { records } from "../locales/es/records";
import { safety } from "../locales/es/safety";

// Exported records are written in the locale asked for, and this subpath is opt-in already: it carries the
// Spanish of the namespaces it writes, so `{ locale: "es" }` needs no locale pack.
export const spanishRecords: MessageOverrides = {
  locales: { es: { ...dosage, ...evidence, ...painCheck, ...records, ...safety } },
};
