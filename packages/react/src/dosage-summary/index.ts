export { DosageSummary, type DosageSummaryProps } from "./dosage-summary";
