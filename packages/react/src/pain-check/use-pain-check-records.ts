import type { RecordStore } from "@movekit/core/records";
import { useEffect, useRef } from "react";
import { useRecordStore } from "../internal/use-record-store";
import { normaliseValue, type PainCheckAnswers, type PainCheckValue } from "./pain-check-value";

/** Version of the saved `pain-check` value; bumped when its shape changes. */
export const PAIN_CHECK_VERSION = 1;

export interface PainCheckRecordsOptions {
  store: RecordStore | undefined;
  key: string;
  programmeId: string | undefined;
  value: PainCheckValue;
  /** The value with its verdict: what is saved. */
  answers: PainCheckAnswers;
  /** Only an uncontrolled check-in picks up saved answers; a host that controls `value` owns them. */
  controlled: boolean;
  /** True once the person has answered anything here: saved answers never overwrite theirs. */
  touched: () => boolean;
  setValue: (value: PainCheckValue) => void;
  onStoreError: ((error: unknown) => void) | undefined;
}

/**
 * Keeps a check-in in the host's store as a `pain-check` record (the answers and the verdict on them) each time
 * the answers change, and picks saved answers up again on mount. Saved answers are read back as answers only:
 * the verdict is always worked out again by core, never trusted from storage.
 * @returns true when the store failed (the check-in carries on in memory)
 */
export function usePainCheckRecords(options: PainCheckRecordsOptions): boolean {
  const { store, key, programmeId, value, onStoreError } = options;
  const { failed, run } = useRecordStore(store, onStoreError);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    let cancelled = false;
    void run((s) => s.load(key)).then((record) => {
      const { controlled, touched, setValue } = latest.current;
      if (cancelled || record?.kind !== "pain-check" || controlled || touched()) return;
      setValue(normaliseValue(record.value));
    });
    return () => {
      cancelled = true;
    };
  }, [run, key]);

  // Saved when the answers change, not on every render (a host's inline props would make new verdict objects).
  const saved = useRef(value);
  useEffect(() => {
    if (saved.current === value) return;
    saved.current = value;
    const { answers } = latest.current;
    void run((s) =>
      s.save({
        key,
        kind: "pain-check",
        ...(programmeId !== undefined ? { programmeId } : {}),
        savedAt: new Date().toISOString(),
        version: PAIN_CHECK_VERSION,
        value: answers,
      }),
    );
  }, [value, key, programmeId, run]);

  return failed;
}
