export { runPlanMessages } from "../i18n/messages/run-plan";
export * from "./format-run";
export * from "./generate-walk-run-plan";
export * from "./plan-timeline";
export * from "./running-evidence";
export * from "./validate-running-plan";
export * from "./walk-run-ladder";
