/**
 * Where a patient's own records (session logs, pain check-ins, a session in progress) are kept. Core defines the
 * shape; `createMemoryStore` keeps records for servers and tests, and a browser store keeps them on the device.
 * Nothing here sends data anywhere: the host decides whether records leave the device.
 */

/** The kinds of record Movekit keeps. */
export const RECORD_KINDS = ["session-log", "session-progress", "pain-check"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One stored record. `key` is unique within a store; saving the same key again replaces the record. */
export interface StoredRecord<Value = unknown> {
  key: string;
  kind: RecordKind;
  /** The programme the record belongs to, when there is one, so a progress view can list by programme. */
  programmeId?: string;
  /** ISO 8601 date-time of the last save. */
  savedAt: string;
  /** Bumped when the shape of `value` changes, so an old record is recognised rather than misread. */
  version: number;
  value: Value;
}

export interface RecordFilter {
  kind?: RecordKind;
  programmeId?: string;
}

/** Why a store could not do what was asked: people see a notice, and the session goes on in memory. */
export type StoreFailureReason = "quota" | "unavailable" | "blocked" | "corrupt" | "unknown";

export class RecordStoreError extends Error {
  readonly reason: StoreFailureReason;
  constructor(reason: StoreFailureReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RecordStoreError";
    this.reason = reason;
  }
}

/**
 * A place to keep records. Every method may reject with a `RecordStoreError`; callers report it and carry on in
 * memory, never losing what the person has done.
 */
export interface RecordStore {
  load<Value = unknown>(key: string): Promise<StoredRecord<Value> | undefined>;
  save(record: StoredRecord): Promise<void>;
  /** Records matching the filter, oldest save first. */
  list(filter?: RecordFilter): Promise<StoredRecord[]>;
  /** Removes one record, or every record when no key is given. */
  clear(key?: string): Promise<void>;
}

const matches = (record: StoredRecord, filter: RecordFilter = {}) =>
  (filter.kind === undefined || record.kind === filter.kind) &&
  (filter.programmeId === undefined || record.programmeId === filter.programmeId);

/** A store that keeps records in memory only: for servers, tests, and as the fallback when storage fails. */
export function createMemoryStore(initial: readonly StoredRecord[] = []): RecordStore {
  // structuredClone so a caller mutating what it saved or loaded cannot change what is stored.
  const records = new Map(initial.map((record) => [record.key, structuredClone(record)]));
  return {
    async load<Value>(key: string) {
      const record = records.get(key);
      return record && (structuredClone(record) as StoredRecord<Value>);
    },
    async save(record) {
      records.set(record.key, structuredClone(record));
    },
    async list(filter) {
      return [...records.values()]
        .filter((record) => matches(record, filter))
        .sort((a, b) => a.savedAt.localeCompare(b.savedAt))
        .map((record) => structuredClone(record));
    },
    async clear(key) {
      if (key === undefined) records.clear();
      else records.delete(key);
    },
  };
}
