export { DEFAULT_EMERGENCY_NUMBERS, type EmergencyNumbers } from "../internal/emergency-number";
export {
  SafetyNotice,
  type SafetyNoticeProps,
  type SafetySeverity,
} from "./safety-notice";
