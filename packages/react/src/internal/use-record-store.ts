import type { RecordStore } from "@movekit/core/records";
import { useCallback, useRef, useState } from "react";

export interface RecordStoreAccess {
  /** True once the store has failed: the component says so and carries on in memory. */
  failed: boolean;
  /**
   * Queues one store operation after the ones before it, so saves land in the order they were made. Resolves to
   * undefined without a store, after a failure, or when this operation fails (which is reported once).
   */
  run<T>(operation: (store: RecordStore) => Promise<T>): Promise<T | undefined>;
}

/**
 * A component's access to the host's record store. A store that rejects or throws is reported once through
 * `onStoreError` and then left alone: the person keeps everything in memory and is told it cannot be saved.
 */
export function useRecordStore(
  store: RecordStore | undefined,
  onStoreError: ((error: unknown) => void) | undefined,
): RecordStoreAccess {
  const [failed, setFailed] = useState(false);
  const failedRef = useRef(false);
  const onErrorRef = useRef(onStoreError);
  onErrorRef.current = onStoreError;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const run = useCallback(
    <T>(operation: (store: RecordStore) => Promise<T>): Promise<T | undefined> => {
      if (!store || failedRef.current) return Promise.resolve(undefined);
      const next = queue.current
        .then(() => (failedRef.current ? undefined : operation(store)))
        .catch((error: unknown) => {
          if (!failedRef.current) {
            failedRef.current = true;
            setFailed(true);
            onErrorRef.current?.(error);
          }
          return undefined;
        });
      queue.current = next;
      return next;
    },
    [store],
  );
  return { failed, run };
}
