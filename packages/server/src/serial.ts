/**
 * Runs work one at a time per key (per instance) in this process, so concurrent requests
 * for one instance queue here instead of racing to the store and retrying.
 */
export function createSerializer() {
  const tails = new Map<string, Promise<unknown>>();
  return async function serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => {});
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
