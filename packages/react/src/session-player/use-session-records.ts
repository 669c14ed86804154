import type { RecordStore, StoredRecord } from "@movekit/core/records";
import {
  isResumable,
  isSessionOver,
  restoreSession,
  SESSION_LOG_VERSION,
  SESSION_PROGRESS_VERSION,
  type SessionLog,
  type SessionPlan,
  type SessionState,
  sessionLogKey,
  sessionRecordKey,
  snapshotSession,
} from "@movekit/core/session";
import { useEffect, useRef, useState } from "react";
import { useRecordStore } from "../internal/use-record-store";
import type { SessionClock } from "./use-session";

export interface SessionRecordsOptions {
  store: RecordStore | undefined;
  recordKey: string | undefined;
  programmeId: string | undefined;
  sessionId: string | undefined;
  plan: SessionPlan;
  state: SessionState;
  clock: SessionClock;
  restore: (state: SessionState) => void;
  onStoreError: ((error: unknown) => void) | undefined;
}

export interface SessionRecords {
  /** A saved session in progress, found on mount and not yet resumed or set aside. */
  offer: SessionState | null;
  /** Carries on from the saved session: it comes back paused, so nothing counts down until the person says so. */
  resume(): void;
  /** Sets the saved session aside and removes it, so the person starts from the first exercise. */
  startAgain(): void;
  /** The store failed: the session carries on in memory and the person is told. */
  failed: boolean;
}

/**
 * Keeps the session in the host's store as it goes: a `session-progress` record (the state, frozen at the moment
 * of saving) while it runs, and a `session-log` record once it is finished or ended. On mount it looks for saved
 * progress to offer. Nothing is saved before the first Start, so an offer is never overwritten unseen.
 */
export function useSessionRecords(options: SessionRecordsOptions): SessionRecords {
  const { store, recordKey, programmeId, sessionId, plan, state, restore, onStoreError } = options;
  const { failed, run } = useRecordStore(store, onStoreError);
  const key = recordKey ?? sessionRecordKey({ programmeId, sessionId }, plan);
  const [offer, setOffer] = useState<SessionState | null>(null);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    let cancelled = false;
    void run((s) => s.load(key)).then((record) => {
      if (cancelled || record?.kind !== "session-progress" || record.version !== SESSION_PROGRESS_VERSION) return;
      const { state: current, plan: currentPlan, clock } = latest.current;
      // The person already started here before the store answered: their choice stands.
      if (current.startedAt !== null) return;
      const saved = restoreSession(record.value, currentPlan, clock.now());
      if (saved && isResumable(saved)) setOffer(saved);
    });
    return () => {
      cancelled = true;
    };
  }, [run, key]);

  const progressRecord = (current: SessionState): StoredRecord => ({
    key,
    kind: "session-progress",
    ...(programmeId !== undefined ? { programmeId } : {}),
    savedAt: new Date().toISOString(),
    version: SESSION_PROGRESS_VERSION,
    value: snapshotSession(current, latest.current.clock.now()),
  });
  const progressRef = useRef(progressRecord);
  progressRef.current = progressRecord;

  const savedLog = useRef<SessionLog | null>(null);
  useEffect(() => {
    if (state.startedAt === null) return;
    if (!isSessionOver(state)) {
      const record = progressRef.current(state);
      void run((s) => s.save(record));
      return;
    }
    if (savedLog.current === state.log) return;
    savedLog.current = state.log;
    const savedAt = new Date().toISOString();
    const log: StoredRecord = {
      key: sessionLogKey(key, savedAt),
      kind: "session-log",
      ...(programmeId !== undefined ? { programmeId } : {}),
      savedAt,
      version: SESSION_LOG_VERSION,
      value: state.log,
    };
    void run((s) => s.save(log)).then(() => run((s) => s.clear(key)));
  }, [state, key, programmeId, run]);

  // Leaving mid-session (a reload, a route change): keep the exact moment, so a hold resumes with its time left.
  useEffect(
    () => () => {
      const current = latest.current.state;
      if (current.startedAt === null || isSessionOver(current)) return;
      const record = progressRef.current(current);
      void run((s) => s.save(record));
    },
    [run],
  );

  return {
    offer,
    failed,
    resume: () => {
      if (!offer) return;
      setOffer(null);
      restore(offer);
    },
    startAgain: () => {
      setOffer(null);
      void run((s) => s.clear(key));
    },
  };
}
