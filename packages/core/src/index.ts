// The main entry holds what most component pages need: the content model's types, dosage wording and maths, the
// safety verdict, the pain rules and the i18n catalogue (en-GB built in). Code many pages never call is on
// subpaths, so a page that does not use it does not pay for it: validation (`@movekit/core/validation`: the
// valibot schemas, the parsers, `inspectExercise`), the guided session (`/session`), walk/run plans
// (`/running`), the movement demo's poses (`/demo`), the video player's helpers and WebVTT parser (`/video`), FHIR interop (`/fhir`), the CERT report (`/cert`), the record stores (`/records`) and the
// Spanish messages (`/locales/es`).
// Types only: the demo poses and the video helpers are code for the pages that move or play (`/demo`, `/video`).
export type * from "./demo";
export * from "./dosage/describe-dosage";
export * from "./dosage/dosage-vocabulary";
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
export * from "./safety";
export * from "./schedule";
export * from "./search";
export type * from "./video";
