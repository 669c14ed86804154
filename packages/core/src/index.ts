// The main entry holds everything a component page needs. FHIR interop (`@movekit/core/fhir`), the CERT report
// (`@movekit/core/cert`), the record stores (`@movekit/core/records`) and the Spanish messages
// (`@movekit/core/locales/es`) are subpaths, so a page that never calls them does not pay for them.
export * from "./demo";
export * from "./dosage/describe-dosage";
export * from "./dosage/dosage-schema";
export * from "./dosage/estimate-session";
export * from "./dosage/format-units";
export * from "./dosage/merge-dosage";
export * from "./i18n/define-messages";
export * from "./i18n/intl-cache";
export * from "./i18n/locale";
export * from "./i18n/messages";
export * from "./i18n/messages/index";
export * from "./i18n/translate";
export * from "./model";
export * from "./pain";
export * from "./progress";
export * from "./running";
export * from "./safety";
export * from "./schedule";
export * from "./search";
export * from "./session";
export * from "./video";
