const WINDOW_MS = 15 * 60 * 1000;
const MAX_ATTEMPTS = 5;

/** Login attempts per client address in a sliding window. */
export class LoginLimiter {
  private attempts = new Map<string, number[]>();

  allow(key: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    recent.push(now);
    this.attempts.set(key, recent);
    return recent.length <= MAX_ATTEMPTS + 1;
  }
}
