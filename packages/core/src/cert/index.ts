export { certMessages } from "../i18n/messages/cert";
export * from "./cert-report";
