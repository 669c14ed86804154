import { describe, expect, it } from "vitest";
import { createMemoryStore, type StoredRecord } from "./record-store";

const record = (key: string, savedAt: string, extra: Partial<StoredRecord> = {}): StoredRecord => ({
  key,
  kind: "session-log",
  savedAt,
  version: 1,
  value: { key },
  ...extra,
});

describe("createMemoryStore", () => {
  it("loads what was saved, and saving the same key replaces it", async () => {
    const store = createMemoryStore();
    await store.save(record("a", "2026-01-01T10:00:00Z"));
    await store.save(record("a", "2026-01-02T10:00:00Z", { value: { key: "a", second: true } }));
    expect(await store.load("a")).toMatchObject({ savedAt: "2026-01-02T10:00:00Z", value: { second: true } });
    expect(await store.load("missing")).toBeUndefined();
  });

  it("lists by kind and programme, oldest save first", async () => {
    const store = createMemoryStore([
      record("late", "2026-01-03T00:00:00Z", { programmeId: "p" }),
      record("early", "2026-01-01T00:00:00Z", { programmeId: "p" }),
      record("other", "2026-01-02T00:00:00Z", { programmeId: "q" }),
      record("pain", "2026-01-02T00:00:00Z", { programmeId: "p", kind: "pain-check" }),
    ]);
    expect((await store.list({ programmeId: "p", kind: "session-log" })).map((r) => r.key)).toEqual(["early", "late"]);
    expect(await store.list()).toHaveLength(4);
  });

  it("keeps its own copies, so changing a saved or loaded object changes nothing stored", async () => {
    const store = createMemoryStore();
    const saved = record("a", "2026-01-01T00:00:00Z");
    await store.save(saved);
    (saved.value as { key: string }).key = "changed";
    const loaded = await store.load<{ key: string }>("a");
    if (loaded) loaded.value.key = "changed again";
    expect((await store.load("a"))?.value).toEqual({ key: "a" });
  });

  it("clears one record or all of them", async () => {
    const store = createMemoryStore([record("a", "1"), record("b", "2")]);
    await store.clear("a");
    expect((await store.list()).map((r) => r.key)).toEqual(["b"]);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});
