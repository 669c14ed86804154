import { describe, expect, it, vi } from "vitest";
import { createMemoryStore, type RecordStore, RecordStoreError, type StoredRecord } from "./record-store";
import { withFallback } from "./with-fallback";

const record = (key: string, savedAt: string, value: unknown = { key }): StoredRecord => ({
  key,
  kind: "session-progress",
  savedAt,
  version: 1,
  value,
});

/** A memory store whose methods start rejecting once `broken.on` is set (quota reached, storage wiped). */
function breakable(reason: RecordStoreError["reason"] = "quota") {
  const inner = createMemoryStore();
  const broken = { on: false, reads: true };
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>, read = false) =>
    async (...args: A) => {
      if (broken.on && !(read && broken.reads)) throw new RecordStoreError(reason, "storage failed");
      return fn(...args);
    };
  const store: RecordStore = {
    load: guard(inner.load, true) as RecordStore["load"],
    list: guard(inner.list, true),
    save: guard(inner.save),
    clear: guard(inner.clear),
  };
  return { store, broken };
}

describe("withFallback", () => {
  it("uses the underlying store while it works and reports nothing", async () => {
    const { store } = breakable();
    const onFailure = vi.fn();
    const safe = withFallback(store, onFailure);
    await safe.save(record("a", "1"));
    expect(await store.load("a")).toMatchObject({ key: "a" });
    expect(await safe.list()).toHaveLength(1);
    expect(onFailure).not.toHaveBeenCalled();
  });

  it("reports the first failure once, with its reason, and keeps every later save in memory", async () => {
    const { store, broken } = breakable("quota");
    const onFailure = vi.fn();
    const safe = withFallback(store, onFailure);
    await safe.save(record("before", "1"));
    broken.on = true;
    await safe.save(record("progress", "2", { set: 2 }));
    await safe.save(record("progress", "3", { set: 3 }));
    await safe.save(record("other", "4"));
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]?.[0]).toBeInstanceOf(RecordStoreError);
    expect(onFailure.mock.calls[0]?.[0].reason).toBe("quota");
    // Nothing the person did is lost: the latest save wins, the earlier durable one is still readable.
    expect(await safe.load("progress")).toMatchObject({ value: { set: 3 } });
    expect(await safe.load("before")).toMatchObject({ key: "before" });
    expect((await safe.list()).map((r) => r.key)).toEqual(["before", "progress", "other"]);
  });

  it("reads memory first after a failure, so a newer copy hides the older stored one", async () => {
    const { store, broken } = breakable();
    const safe = withFallback(store, () => {});
    await safe.save(record("a", "1", { set: 1 }));
    broken.on = true;
    await safe.save(record("a", "2", { set: 2 }));
    expect(await safe.load("a")).toMatchObject({ value: { set: 2 } });
    expect(await safe.list()).toEqual([expect.objectContaining({ key: "a", value: { set: 2 } })]);
  });

  it("keeps going when the underlying store cannot even be read", async () => {
    const { store, broken } = breakable("unavailable");
    broken.on = true;
    broken.reads = false;
    const onFailure = vi.fn();
    const safe = withFallback(store, onFailure);
    expect(await safe.load("a")).toBeUndefined();
    await safe.save(record("a", "1"));
    expect(await safe.load("a")).toMatchObject({ key: "a" });
    expect(await safe.list()).toHaveLength(1);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]?.[0].reason).toBe("unavailable");
  });

  it("a record cleared after the failure stays cleared even if the store still holds it", async () => {
    const { store, broken } = breakable();
    const safe = withFallback(store, () => {});
    await safe.save(record("a", "1"));
    await safe.save(record("b", "2"));
    broken.on = true;
    await safe.clear("a");
    expect(await safe.load("a")).toBeUndefined();
    expect((await safe.list()).map((r) => r.key)).toEqual(["b"]);
    await safe.clear();
    expect(await safe.list()).toEqual([]);
    await safe.save(record("c", "3"));
    expect((await safe.list()).map((r) => r.key)).toEqual(["c"]);
  });

  it("wraps a non-store error, and a throwing onFailure does not lose the save", async () => {
    const failing: RecordStore = {
      load: () => Promise.reject(new Error("boom")),
      save: () => Promise.reject(new DOMException("full", "QuotaExceededError")),
      list: () => Promise.reject(new Error("boom")),
      clear: () => Promise.reject(new Error("boom")),
    };
    const reasons: string[] = [];
    const safe = withFallback(failing, (error) => {
      reasons.push(error.reason);
      throw new Error("host bug");
    });
    await safe.save(record("a", "1"));
    expect(reasons).toEqual(["quota"]);
    expect(await safe.load("a")).toMatchObject({ key: "a" });
  });
});
