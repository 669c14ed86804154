export * from "./dosage/describe-dosage";
export * from "./dosage/dosage-schema";
export * from "./dosage/estimate-session";
export * from "./dosage/format-units";
export * from "./i18n/locale";
export type { Message } from "./i18n/messages";
export * from "./i18n/translate";
