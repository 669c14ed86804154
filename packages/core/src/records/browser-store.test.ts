// The IndexedDB store against fake-indexeddb (a full in-memory implementation of the API), one fresh factory per
// test. Real Chromium behaviour (reload, blocked upgrade) is in browser-store.browser.test.ts.
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createBrowserStore } from "./browser-store";
import { RecordStoreError, type StoredRecord } from "./record-store";
import { toStoreError } from "./store-errors";

const record = (key: string, savedAt: string, extra: Partial<StoredRecord> = {}): StoredRecord => ({
  key,
  kind: "session-log",
  savedAt,
  version: 1,
  value: { key },
  ...extra,
});

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RecordStoreError);
  return error as RecordStoreError;
};

describe("createBrowserStore (fake-indexeddb)", () => {
  it("saves, loads, lists by kind and programme (oldest first) and clears", async () => {
    const store = createBrowserStore({ name: "t", indexedDB: new IDBFactory() });
    await store.save(record("late", "2026-01-03T00:00:00Z", { programmeId: "p" }));
    await store.save(record("early", "2026-01-01T00:00:00Z", { programmeId: "p" }));
    await store.save(record("pain", "2026-01-02T00:00:00Z", { programmeId: "p", kind: "pain-check" }));
    expect(await store.load("early")).toMatchObject({ key: "early", value: { key: "early" } });
    expect(await store.load("missing")).toBeUndefined();
    expect((await store.list({ programmeId: "p", kind: "session-log" })).map((r) => r.key)).toEqual(["early", "late"]);
    await store.clear("late");
    expect((await store.list()).map((r) => r.key)).toEqual(["early", "pain"]);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it("a second store over the same database sees what the first saved (a reload)", async () => {
    const factory = new IDBFactory();
    await createBrowserStore({ name: "same", indexedDB: factory }).save(record("a", "2026-01-01T00:00:00Z"));
    expect(await createBrowserStore({ name: "same", indexedDB: factory }).load("a")).toMatchObject({ key: "a" });
    expect(await createBrowserStore({ name: "other", indexedDB: factory }).load("a")).toBeUndefined();
  });

  it("rejects with 'unavailable' when there is no IndexedDB, and when open() throws", async () => {
    const none = createBrowserStore({ name: "t", indexedDB: undefined });
    // jsdom has no indexedDB global, like some private modes and old webviews.
    expect((await rejection(none.load("a"))).reason).toBe("unavailable");
    const throwing = {
      open: () => {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory;
    const store = createBrowserStore({ name: "t", indexedDB: throwing });
    expect((await rejection(store.save(record("a", "1")))).reason).toBe("unavailable");
  });

  it("rejects a stored record in the wrong shape as 'corrupt', on load and on list", async () => {
    const factory = new IDBFactory();
    const store = createBrowserStore({ name: "t", indexedDB: factory });
    await store.save(record("good", "1"));
    // Write a broken record behind the store's back, as an old or tampered version might have.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open("t", 1);
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction("records", "readwrite");
      tx.objectStore("records").put({ key: "bad", kind: "no-such-kind" });
      tx.oncomplete = () => resolve();
    });
    db.close();
    expect((await rejection(store.load("bad"))).reason).toBe("corrupt");
    expect((await rejection(store.list())).reason).toBe("corrupt");
    expect(await store.load("good")).toMatchObject({ key: "good" });
  });

  it("refuses to save a record in the wrong shape rather than store something unreadable", async () => {
    const store = createBrowserStore({ name: "t", indexedDB: new IDBFactory() });
    const bad = { key: "x", kind: "diary" } as unknown as StoredRecord;
    expect((await rejection(store.save(bad))).reason).toBe("corrupt");
  });

  it("maps a value that cannot be stored to a RecordStoreError, not a raw DOMException", async () => {
    const store = createBrowserStore({ name: "t", indexedDB: new IDBFactory() });
    const error = await rejection(store.save(record("f", "1", { value: { run: () => 1 } })));
    expect(error.reason).toBe("unknown");
  });
});

describe("toStoreError", () => {
  it.each([
    ["QuotaExceededError", "quota"],
    ["SecurityError", "unavailable"],
    ["InvalidStateError", "unavailable"],
    ["UnknownError", "unavailable"],
    ["VersionError", "blocked"],
    ["DataError", "corrupt"],
    ["SomethingNew", "unknown"],
  ])("maps %s to %s", (name, reason) => {
    const error = toStoreError(new DOMException("x", name));
    expect(error).toBeInstanceOf(RecordStoreError);
    expect(error.reason).toBe(reason);
  });

  it("reads old Safari's quota code 22, and passes a RecordStoreError through", () => {
    expect(toStoreError({ name: "Error", code: 22 }).reason).toBe("quota");
    const original = new RecordStoreError("blocked", "b");
    expect(toStoreError(original)).toBe(original);
    expect(toStoreError("a string").reason).toBe("unknown");
  });
});
