/**
 * Tells waiting server-sent-event streams in this process that an instance changed.
 * Streams also poll the store, so changes made by other servers arrive too.
 */
export interface EventHub {
  notify(instanceId: string): void;
  /** Resolves when the instance changes, after `ms`, or when `signal` aborts. */
  wait(instanceId: string, ms: number, signal: AbortSignal): Promise<void>;
}

/** Creates an {@link EventHub}. */
export function createEventHub(): EventHub {
  const waiting = new Map<string, Set<() => void>>();
  return {
    notify(instanceId) {
      const set = waiting.get(instanceId);
      if (set === undefined) return;
      waiting.delete(instanceId);
      for (const wake of set) wake();
    },
    wait(instanceId, ms, signal) {
      return new Promise((resolve) => {
        let set = waiting.get(instanceId);
        if (set === undefined) {
          set = new Set();
          waiting.set(instanceId, set);
        }
        const done = (): void => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          waiting.get(instanceId)?.delete(done);
          if (waiting.get(instanceId)?.size === 0) waiting.delete(instanceId);
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done);
        set.add(done);
      });
    },
  };
}
