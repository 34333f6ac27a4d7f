/**
 * Time, timers and randomness used by retries and timeouts. Tests replace the members (and put
 * them back) so back-off and a 15 s timeout can be checked without waiting for them.
 */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  random(): number;
}

export const clock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
  random: () => Math.random(),
};
