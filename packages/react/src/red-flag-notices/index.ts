export { RedFlagNotices, type RedFlagNoticesProps } from "./red-flag-notices";
