import type { RecordStoreError } from "./record-store";
import { createMemoryStore, type RecordFilter, type RecordStore, type StoredRecord } from "./record-store";
import { toStoreError } from "./store-errors";

/**
 * A store that never loses what the person did. While the underlying store works, every call goes to it. The
 * first time it fails, `onFailure` is told once and the store carries on in memory: that save goes to memory,
 * later saves go to memory, and loads and lists read memory first, then whatever the underlying store can still
 * read. Nothing rejects after that, so a session never stops because storage did.
 */
export function withFallback(store: RecordStore, onFailure: (error: RecordStoreError) => void): RecordStore {
  const memory = createMemoryStore();
  let failed = false;
  // Keys cleared after the failure, so a stale copy in the underlying store does not come back.
  const cleared = new Set<string>();
  let clearedAll = false;

  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    try {
      onFailure(toStoreError(error));
    } catch {
      // A host's reporting bug must not cost the person their record.
    }
  };
  const hidden = (key: string) => clearedAll || cleared.has(key);
  const quietly = async <T>(work: () => Promise<T>, otherwise: T): Promise<T> => {
    try {
      return await work();
    } catch {
      return otherwise;
    }
  };

  async function loadFallback<Value>(key: string): Promise<StoredRecord<Value> | undefined> {
    const inMemory = await memory.load<Value>(key);
    if (inMemory || hidden(key)) return inMemory;
    return quietly(() => store.load<Value>(key), undefined);
  }

  async function listFallback(filter?: RecordFilter): Promise<StoredRecord[]> {
    const byKey = new Map<string, StoredRecord>();
    for (const record of await quietly(() => store.list(filter), [] as StoredRecord[])) {
      if (!hidden(record.key)) byKey.set(record.key, record);
    }
    for (const record of await memory.list(filter)) byKey.set(record.key, record);
    return [...byKey.values()].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }

  return {
    async load<Value>(key: string) {
      if (!failed) {
        try {
          return await store.load<Value>(key);
        } catch (error) {
          fail(error);
        }
      }
      return loadFallback<Value>(key);
    },
    async save(record) {
      if (!failed) {
        try {
          await store.save(record);
          return;
        } catch (error) {
          fail(error);
        }
      }
      cleared.delete(record.key);
      await memory.save(record);
    },
    async list(filter) {
      if (!failed) {
        try {
          return await store.list(filter);
        } catch (error) {
          fail(error);
        }
      }
      return listFallback(filter);
    },
    async clear(key) {
      if (!failed) {
        try {
          await store.clear(key);
          return;
        } catch (error) {
          fail(error);
        }
      }
      if (key === undefined) clearedAll = true;
      else cleared.add(key);
      await memory.clear(key);
      await quietly(() => store.clear(key), undefined);
    },
  };
}
