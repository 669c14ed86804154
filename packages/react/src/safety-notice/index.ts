export { DEFAULT_EMERGENCY_NUMBERS, type EmergencyNumbers } from "../internal/emergency-number";
export {
  RedFlagNotices,
  type RedFlagNoticesProps,
  SafetyNotice,
  type SafetyNoticeProps,
  type SafetySeverity,
} from "./safety-notice";
