export * from "./record-store";
