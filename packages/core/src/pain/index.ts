export * from "./evaluate-pain";
