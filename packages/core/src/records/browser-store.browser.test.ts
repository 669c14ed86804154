// Real IndexedDB in Chromium: a record survives a new store instance (what a page reload does), and a blocked
// upgrade or missing IndexedDB falls back to memory with one report.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createBrowserStore } from "./browser-store";
import type { StoredRecord } from "./record-store";
import { withFallback } from "./with-fallback";

const names: string[] = [];
const uniqueName = (label: string) => {
  const name = `movekit-test-${label}-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  for (const name of names.splice(0)) {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  }
});

const progress: StoredRecord = {
  key: "session:hip:phase-1:3",
  kind: "session-progress",
  programmeId: "hip",
  savedAt: "2026-03-02T09:15:00Z",
  version: 1,
  value: { step: 2, set: 1, log: { exercises: [], completed: false, activeSeconds: 312 } },
};

describe("createBrowserStore in Chromium", () => {
  it("loads, from a new store instance, the record an earlier instance saved", async () => {
    const name = uniqueName("reload");
    await createBrowserStore({ name }).save(progress);
    const reloaded = createBrowserStore({ name });
    expect(await reloaded.load("session:hip:phase-1:3")).toEqual(progress);
    expect(await reloaded.list({ programmeId: "hip" })).toEqual([progress]);
  });

  it("a blocked upgrade rejects as 'blocked', and withFallback carries on in memory with one report", async () => {
    const name = uniqueName("blocked");
    // Another tab with the old version open, which does not close when asked.
    const oldTab = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
    });
    const newer = createBrowserStore({ name, version: 2 });
    await expect(newer.load("x")).rejects.toMatchObject({ name: "RecordStoreError", reason: "blocked" });
    // While that open is still waiting, later calls fail fast instead of queueing behind it.
    await expect(newer.list()).rejects.toMatchObject({ reason: "blocked" });

    const onFailure = vi.fn();
    const safe = withFallback(newer, onFailure);
    await safe.save(progress);
    await safe.save({ ...progress, savedAt: "2026-03-02T09:16:00Z", value: { step: 3 } });
    expect(await safe.load(progress.key)).toMatchObject({ value: { step: 3 } });
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]?.[0].reason).toBe("blocked");
    expect(await safe.list()).toHaveLength(1);
    oldTab.close();
  });

  it("storage that refuses to open (private mode, storage turned off) falls back to memory with one 'unavailable' report", async () => {
    const onFailure = vi.fn();
    const brokenFactory = {
      open: () => {
        throw new DOMException("denied", "SecurityError");
      },
    } as unknown as IDBFactory;
    const safe = withFallback(createBrowserStore({ name: "none", indexedDB: brokenFactory }), onFailure);
    await safe.save(progress);
    expect(await safe.load(progress.key)).toEqual(progress);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]?.[0].reason).toBe("unavailable");
  });
});
