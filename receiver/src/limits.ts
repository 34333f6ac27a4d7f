/**
 * Rate limits held in memory only: the client address is a key in a Map for at most a minute and
 * is never written or logged. Per address (a token bucket) plus one global ceiling.
 */
export class RateLimiter {
  #buckets = new Map<string, {tokens: number; at: number}>();
  #global = {count: 0, second: 0};
  #sweep: NodeJS.Timeout;

  constructor(
    private perMinute: number,
    private globalPerSecond: number,
  ) {
    this.#sweep = setInterval(() => this.#prune(), 60_000);
    this.#sweep.unref();
  }

  /** 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    const second = Math.floor(now / 1000);
    if (this.#global.second !== second) this.#global = {count: 0, second};
    if (this.#global.count >= this.globalPerSecond) return 1;
    const rate = this.perMinute / 60_000;
    const b = this.#buckets.get(key) ?? {tokens: this.perMinute, at: now};
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * rate);
    b.at = now;
    this.#buckets.set(key, b);
    if (b.tokens < 1) return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
    b.tokens -= 1;
    this.#global.count++;
    return 0;
  }

  #prune(now = Date.now()): void {
    for (const [k, b] of this.#buckets) if (now - b.at > 60_000) this.#buckets.delete(k);
  }

  stop(): void {
    clearInterval(this.#sweep);
  }
}

/**
 * Failed logins: 5 per account and 20 per address in 15 minutes, then wait (an office behind one
 * address is not locked out by one person's typos). A successful login clears its account's count.
 */
export class LoginLimiter {
  #fails = new Map<string, number[]>();
  static readonly WINDOW = 15 * 60_000;

  static max(key: string): number {
    return key.startsWith('addr:') ? 20 : 5;
  }

  wait(keys: string[], now = Date.now()): number {
    let wait = 0;
    for (const k of keys) {
      const recent = (this.#fails.get(k) ?? []).filter((t) => now - t < LoginLimiter.WINDOW);
      if (recent.length) this.#fails.set(k, recent);
      else this.#fails.delete(k);
      if (recent.length >= LoginLimiter.max(k)) wait = Math.max(wait, Math.ceil((recent[0] + LoginLimiter.WINDOW - now) / 1000));
    }
    return wait;
  }

  fail(keys: string[], now = Date.now()): void {
    // Guessing many accounts must not grow memory without end: forget what is out of the window.
    if (this.#fails.size > 10_000) for (const [k, times] of this.#fails) if (now - times[times.length - 1] >= LoginLimiter.WINDOW) this.#fails.delete(k);
    for (const k of keys) this.#fails.set(k, [...(this.#fails.get(k) ?? []), now].slice(-LoginLimiter.max(k)));
  }

  clear(keys: string[]): void {
    for (const k of keys) this.#fails.delete(k);
  }
}
