import { RecordStoreError, type StoreFailureReason } from "./record-store";

/** DOMException names (and legacy codes) mapped to why a store failed. */
const REASONS: Record<string, StoreFailureReason> = {
  QuotaExceededError: "quota",
  // Private browsing in some browsers, storage turned off, a sandboxed frame, a file:// page.
  SecurityError: "unavailable",
  InvalidStateError: "unavailable",
  InvalidAccessError: "unavailable",
  NotAllowedError: "unavailable",
  UnknownError: "unavailable",
  // The database on the device is newer than this code (another tab runs a newer app version).
  VersionError: "blocked",
  DataError: "corrupt",
};

/**
 * Wraps anything a storage API threw or rejected with as a `RecordStoreError` with the right reason. An error that
 * is already a `RecordStoreError` passes through unchanged.
 */
export function toStoreError(error: unknown, fallback: StoreFailureReason = "unknown"): RecordStoreError {
  if (error instanceof RecordStoreError) return error;
  const name = typeof error === "object" && error !== null ? String((error as { name?: unknown }).name ?? "") : "";
  // Old Safari reported a full disk as code 22 with another name.
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const reason = REASONS[name] ?? (code === 22 ? "quota" : fallback);
  const message =
    error instanceof Error && error.message ? error.message : `The record store failed (${name || "no detail"}).`;
  return new RecordStoreError(reason, message, { cause: error });
}
