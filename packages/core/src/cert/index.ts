export * from "./cert-report";
