export * from "./browser-store";
export * from "./record-store";
export * from "./store-errors";
export * from "./with-fallback";
