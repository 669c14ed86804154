import { RECORD_KINDS, type RecordStore, RecordStoreError, type StoredRecord } from "./record-store";
import { toStoreError } from "./store-errors";

/**
 * Keeps records on the device in IndexedDB, straight over the platform API (no wrapper library: core depends on
 * valibot only, and the platform's own events are what tell quota, blocked and unavailable apart). Nothing touches
 * `indexedDB` until a method is called, so importing this on a server is safe.
 */
export interface BrowserStoreOptions {
  /** The database name; one per app (or per signed-in person on a shared device). */
  name: string;
  /** The IndexedDB factory. @default globalThis.indexedDB, read when the store is first used */
  indexedDB?: IDBFactory;
  /** Schema version of the database. Only raise it with a migration. @default 1 */
  version?: number;
}

const OBJECT_STORE = "records";

const isRecord = (value: unknown): value is StoredRecord => {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Partial<StoredRecord>;
  return (
    typeof r.key === "string" &&
    typeof r.savedAt === "string" &&
    typeof r.version === "number" &&
    (RECORD_KINDS as readonly unknown[]).includes(r.kind) &&
    "value" in r &&
    (r.programmeId === undefined || typeof r.programmeId === "string")
  );
};

function checked(value: unknown): StoredRecord {
  if (!isRecord(value)) throw new RecordStoreError("corrupt", "A stored record is not in the expected shape.");
  return value;
}

const blockedError = () =>
  new RecordStoreError("blocked", "Another open tab is using an older version of the saved records.");

/** `blocked` runs when the open is blocked; `settled` when that blocked request finally ends. */
interface OpenHooks {
  blocked(): void;
  settled(): void;
}

function openDatabase(
  factory: IDBFactory | undefined,
  name: string,
  version: number,
  hooks: OpenHooks,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new RecordStoreError("unavailable", "IndexedDB is not available here."));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      // Some private modes and sandboxed frames throw from open() itself.
      reject(toStoreError(error, "unavailable"));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OBJECT_STORE)) db.createObjectStore(OBJECT_STORE, { keyPath: "key" });
    };
    // Another tab holds an older version open: do not wait for it, the session must not stall.
    let blocked = false;
    request.onblocked = () => {
      blocked = true;
      hooks.blocked();
      reject(blockedError());
    };
    request.onerror = () => {
      if (blocked) hooks.settled();
      else reject(toStoreError(request.error, "unavailable"));
    };
    // If the blocking tab closes later the open still succeeds: close that connection, the next call reopens.
    request.onsuccess = () => {
      if (!blocked) return resolve(request.result);
      request.result.close();
      hooks.settled();
    };
  });
}

type Mode = "readonly" | "readwrite";

/** A RecordStore over IndexedDB. Every failure rejects with a `RecordStoreError` whose `reason` says why. */
export function createBrowserStore(options: BrowserStoreOptions): RecordStore {
  const version = options.version ?? 1;
  let opening: Promise<IDBDatabase> | undefined;
  // While a blocked open is still pending, a new open would queue behind it and never answer: fail fast instead.
  let blockedPending = false;
  const hooks: OpenHooks = {
    blocked: () => {
      blockedPending = true;
    },
    settled: () => {
      blockedPending = false;
    },
  };

  const database = () => {
    if (blockedPending) return Promise.reject(blockedError());
    if (!opening) {
      const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
      opening = openDatabase(factory, options.name, version, hooks).then((db) => {
        // Let another tab upgrade, and reopen next time rather than use a closed connection.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        db.onclose = () => {
          opening = undefined;
        };
        return db;
      });
      // A failed open is retried on the next call (storage may come back, a blocking tab may close).
      opening.catch(() => {
        opening = undefined;
      });
    }
    return opening;
  };

  async function run<T>(mode: Mode, work: (store: IDBObjectStore) => IDBRequest | undefined): Promise<T> {
    const db = await database();
    return new Promise<T>((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = db.transaction(OBJECT_STORE, mode);
      } catch (error) {
        opening = undefined;
        reject(toStoreError(error));
        return;
      }
      let request: IDBRequest | undefined;
      try {
        request = work(tx.objectStore(OBJECT_STORE));
      } catch (error) {
        // DataCloneError and friends are thrown synchronously by put().
        reject(toStoreError(error));
        tx.abort();
        return;
      }
      // Resolve on complete, not on the request's success: only then is the write durable.
      tx.oncomplete = () => resolve(request?.result as T);
      tx.onabort = () => reject(toStoreError(tx.error ?? request?.error));
      tx.onerror = (event) => event.preventDefault();
    });
  }

  return {
    async load<Value>(key: string) {
      const value = await run<unknown>("readonly", (store) => store.get(key));
      return value === undefined ? undefined : (checked(value) as StoredRecord<Value>);
    },
    async save(record) {
      if (!isRecord(record)) throw new RecordStoreError("corrupt", "Refusing to save a record in the wrong shape.");
      await run<void>("readwrite", (store) => store.put(record));
    },
    async list(filter = {}) {
      const values = await run<unknown[]>("readonly", (store) => store.getAll());
      return values
        .map(checked)
        .filter(
          (r) =>
            (filter.kind === undefined || r.kind === filter.kind) &&
            (filter.programmeId === undefined || r.programmeId === filter.programmeId),
        )
        .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    },
    async clear(key) {
      await run<void>("readwrite", (store) => (key === undefined ? store.clear() : store.delete(key)));
    },
  };
}
