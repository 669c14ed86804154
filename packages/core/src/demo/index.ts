export { demoMessages } from "../i18n/messages/demo";
export * from "./figure";
export * from "./motion";
export * from "./pose";
