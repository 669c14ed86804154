export * from "./dosage-summary";
